using System.Diagnostics;

namespace ExpenseTracker.Benchmark.Hosting;

/// <summary>
/// A process the benchmark started, in a session of its own (setsid), its output in a log file. Stopping it kills
/// its whole process group, so nothing it started outlives the run.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServerProcess(string name, Process process, StreamWriter log, string logFile)
    {
        Name = name;
        _process = process;
        _log = log;
        LogFile = logFile;
    }

    public string Name { get; }

    public string LogFile { get; }

    public int Id => _process.Id;

    public static ServerProcess Start(
        string name,
        string program,
        IEnumerable<string> arguments,
        string logFile,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(logFile)!,
        };
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(name, process, log, logFile);
    }

    public bool HasExited => _process.HasExited;

    public void ThrowIfExited()
    {
        if (_process.HasExited)
        {
            throw new BenchmarkException($"{Name} exited with code {_process.ExitCode}; its output is in {LogFile}.");
        }
    }

    /// <summary>Stops the process group: SIGTERM first (a host flushes and stops its children), SIGKILL after a grace period.</summary>
    public void Stop(TimeSpan grace)
    {
        if (!_process.HasExited)
        {
            Signal("-TERM");
            if (!_process.WaitForExit(grace))
            {
                Signal("-KILL");
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }

        // Whatever the session started and left behind (a child that ignored SIGTERM) goes too.
        Signal("-KILL");
    }

    public void Dispose()
    {
        Stop(TimeSpan.FromSeconds(15));
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [signal, "--", $"-{_process.Id}"])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        });
        kill?.WaitForExit();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }
}
