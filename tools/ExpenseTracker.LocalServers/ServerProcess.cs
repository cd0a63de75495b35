using System.Diagnostics;

namespace ExpenseTracker.LocalServers;

/// <summary>
/// A server started in a session of its own (setsid), so that stopping it reaches every process it started. Its
/// output goes to a log file (or nowhere) through the shell's redirection, never through this process: copying a
/// busy server's output line by line would take CPU from the server.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private const string RedirectThenRun = "log=$1; shift; exec \"$@\" >>\"$log\" 2>&1";

    private readonly Process _process;

    private ServerProcess(Process process, string? logFile)
    {
        _process = process;
        LogFile = logFile;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Where the server's output goes; null when it is discarded.</summary>
    public string? LogFile { get; }

    public static ServerProcess Start(
        string program,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        string? logFile = null,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in (string[])["sh", "-c", RedirectThenRun, "sh", logFile ?? "/dev/null", program, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        return new ServerProcess(process, logFile);
    }

    /// <summary>Kills the server and everything it started, at once, as a crash would.</summary>
    public void Kill()
    {
        if (_process.HasExited)
        {
            return;
        }

        Signal("-KILL");
        _process.WaitForExit(10_000);
    }

    /// <summary>Stops the server gracefully (SIGTERM: a host flushes and stops its children), killing it after <paramref name="grace"/>.</summary>
    public void Stop(TimeSpan grace)
    {
        if (!_process.HasExited)
        {
            Signal("-TERM");
            _process.WaitForExit(grace);
        }

        // Whatever is left of the session (a child that ignored SIGTERM) goes too.
        Signal("-KILL");
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Kill();
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
