namespace ExpenseTracker.ServiceDefaults;

/// <summary>
/// The rolling log file this process owns. The first process of a service in a data folder writes
/// <c>&lt;service&gt;-&lt;yyyyMMdd&gt;.log</c>; a second one running at the same time (another replica, a test host)
/// writes <c>&lt;service&gt;.2-&lt;yyyyMMdd&gt;.log</c>, and so on. A slot is an exclusive lock on a file in
/// <c>logs/.slots</c> held for as long as the process runs, so no two writers ever share a file and each can
/// buffer its writes instead of locking and flushing the file for every line.
/// </summary>
public sealed class LogFileSlot : IDisposable
{
    /// <summary>More writers of one service than this in one folder means something is wrong: fail loudly.</summary>
    public const int MaxSlots = 64;

    private readonly FileStream _lock;

    private LogFileSlot(FileStream slotLock, string pathFormat)
    {
        _lock = slotLock;
        PathFormat = pathFormat;
    }

    /// <summary>The path Serilog's rolling file sink rolls from (the date goes before the extension).</summary>
    public string PathFormat { get; }

    public static LogFileSlot Claim(string logDirectory, string serviceName)
    {
        var slots = Directory.CreateDirectory(Path.Combine(logDirectory, ".slots"));
        for (var number = 1; number <= MaxSlots; number++)
        {
            try
            {
                // FileShare.None: an exclusive lock, released by the system if the process dies.
                var slotLock = new FileStream(Path.Combine(slots.FullName, $"{serviceName}.{number}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                var fileName = number == 1 ? $"{serviceName}-.log" : $"{serviceName}.{number}-.log";
                return new LogFileSlot(slotLock, Path.Combine(logDirectory, fileName));
            }
            catch (IOException)
            {
                // Held by another writer of this service: try the next slot.
            }
        }

        throw new InvalidOperationException($"{MaxSlots} processes of {serviceName} already write logs to {logDirectory}.");
    }

    public void Dispose() => _lock.Dispose();
}
