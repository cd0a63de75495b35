using System.Globalization;
using Spectre.Console;

namespace ExpenseTracker.Cli.Output;

/// <summary>
/// Shows how much of an upload has gone out: a live bar when a person watches, otherwise one line per tenth sent (so
/// logs stay readable).
/// </summary>
internal static class UploadProgress
{
    public static async Task<T> RunAsync<T>(Terminal terminal, string label, long? totalBytes, Func<IProgress<long>, Task<T>> upload)
    {
        if (terminal.ErrorIsLive)
        {
            return await terminal.Error.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(label, maxValue: Math.Max(1, totalBytes ?? 1));
                    var result = await upload(new Reporter(sent =>
                    {
                        task.Value = sent;
                        if (sent >= totalBytes)
                        {
                            task.Description = $"{label} (sent; the API is importing)";
                        }
                    }));
                    task.Value = task.MaxValue;
                    return result;
                });
        }

        var lastTenth = -1L;
        return await upload(new Reporter(sent =>
        {
            if (totalBytes is not > 0)
            {
                return;
            }

            var tenth = Math.Min(10, sent * 10 / totalBytes.Value);
            if (Interlocked.Exchange(ref lastTenth, tenth) != tenth)
            {
                terminal.WriteErrorLine(Line(label, sent, totalBytes.Value));
            }
        }));
    }

    public static string Line(string label, long sent, long total)
    {
        var filled = (int)(sent * SpendingBar.Width / Math.Max(1, total));
        var bar = new string('#', filled) + new string('-', SpendingBar.Width - filled);
        var percent = (sent * 100 / Math.Max(1, total)).ToString(CultureInfo.InvariantCulture);
        return $"{label} [{bar}] {percent,3} % ({Size(sent)} of {Size(total)})";
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{(bytes / (1024d * 1024)).ToString("0.0", CultureInfo.InvariantCulture)} MiB",
        >= 1024 => $"{(bytes / 1024d).ToString("0.0", CultureInfo.InvariantCulture)} KiB",
        _ => $"{bytes.ToString(CultureInfo.InvariantCulture)} B",
    };

    /// <summary>Reports on the sending thread, in order (<see cref="Progress{T}"/> would post them out of order).</summary>
    private sealed class Reporter(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
