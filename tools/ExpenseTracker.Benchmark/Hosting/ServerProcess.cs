using System.Diagnostics;

namespace ExpenseTracker.Benchmark.Hosting;

/// <summary>
/// A process the benchmark started, in a session of its own (setsid), its output in a log file. Stopping it kills
/// its whole process group, so nothing it started outlives the run. The output goes to the file through the shell's
/// redirection, not through this process: copying a loaded server's log lines here would take CPU from the server.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private const string RedirectThenRun = "log=$1; shift; exec \"$@\" >>\"$log\" 2>&1";

    private readonly Process _process;

    private ServerProcess(string name, Process process, string logFile)
    {
        Name = name;
        _process = process;
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
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(logFile)!,
        };
        foreach (var argument in (string[])["sh", "-c", RedirectThenRun, "sh", logFile, program])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        return new ServerProcess(name, process, logFile);
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
}
