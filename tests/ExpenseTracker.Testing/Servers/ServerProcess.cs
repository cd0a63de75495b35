using System.Diagnostics;

namespace ExpenseTracker.Testing;

/// <summary>
/// A server started in a session of its own (setsid), so that stopping it kills every process it started, as a
/// crash would: SIGKILL to the whole process group. Its output goes to a log file, if given.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static ServerProcess Start(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? logFile = null)
    {
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var log = logFile is null ? null : new StreamWriter(logFile, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(process);
    }

    /// <summary>Kills the server and everything it started, at once.</summary>
    public void Kill()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-KILL", "--", $"-{_process.Id}"]))
        {
            kill.WaitForExit();
        }

        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static void Write(StreamWriter? log, string? line)
    {
        if (log is not null && line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
