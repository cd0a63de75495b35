using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Formatting;

namespace ExpenseTracker.ServiceDefaults;

/// <summary>
/// Writes batches of events, taken off Serilog's background queue, to the console and to this process's log file.
/// The console is written through a buffer flushed once per batch: written line by line, each line flushed, it cost
/// a request's log line more than formatting it did (decision 0016). A sink that fails loses the rest of that batch
/// and reports it to Serilog's self-log; the other sink still gets every event, and none is written twice.
/// </summary>
internal sealed class ConsoleAndFileLog(TextWriter console, ITextFormatter consoleFormat, ILogEventSink file) : IBatchedLogEventSink, IDisposable
{
    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        try
        {
            foreach (var logEvent in batch)
            {
                file.Emit(logEvent);
            }
        }
        catch (Exception exception)
        {
            SelfLog.WriteLine("Writing a batch of {0} events to the log file failed: {1}", batch.Count, exception);
        }

        try
        {
            foreach (var logEvent in batch)
            {
                consoleFormat.Format(logEvent, console);
            }

            console.Flush();
        }
        catch (Exception exception)
        {
            SelfLog.WriteLine("Writing a batch of {0} events to the console failed: {1}", batch.Count, exception);
        }

        return Task.CompletedTask;
    }

    public Task OnEmptyBatchAsync() => Task.CompletedTask;

    /// <summary>Called once the queue is drained at shutdown; the console stream stays open for whoever else writes to it.</summary>
    public void Dispose()
    {
        try
        {
            console.Flush();
        }
        catch (IOException exception)
        {
            SelfLog.WriteLine("Flushing the console failed: {0}", exception);
        }

        (file as IDisposable)?.Dispose();
    }
}
