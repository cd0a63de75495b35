using System.Globalization;
using ExpenseTracker.ServiceDefaults;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace ExpenseTracker.Observability.Tests;

/// <summary>The writer behind every service's console and log file, fed one batch at a time.</summary>
public sealed class ConsoleAndFileLogTests
{
    private static readonly MessageTemplateTextFormatter LineFormat = new("{Message:lj}{NewLine}", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_batch_reaches_the_file_and_the_console_in_order_with_one_flush_of_the_console()
    {
        var console = new RecordingConsole();
        var file = new RecordingFile();
        var log = new ConsoleAndFileLog(console, LineFormat, file);

        await log.EmitBatchAsync(Events("first", "second", "third"));

        Assert.Equal(["first", "second", "third"], console.Flushed.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(1, console.Flushes);
        Assert.Equal(["first", "second", "third"], file.Messages);
    }

    [Fact]
    public async Task A_console_that_fails_costs_the_file_nothing_and_no_line_is_written_twice()
    {
        var console = new RecordingConsole { FailFrom = 2 };
        var file = new RecordingFile();
        var log = new ConsoleAndFileLog(console, LineFormat, file);

        await log.EmitBatchAsync(Events("first", "second", "third"));
        console.FailFrom = int.MaxValue;
        await log.EmitBatchAsync(Events("fourth"));

        Assert.Equal(["first", "second", "third", "fourth"], file.Messages);
        Assert.DoesNotContain("third", console.Flushed);
        Assert.Contains("fourth", console.Flushed);
    }

    [Fact]
    public async Task A_file_that_fails_costs_the_console_nothing()
    {
        var console = new RecordingConsole();
        var file = new RecordingFile { FailFrom = 1 };
        var log = new ConsoleAndFileLog(console, LineFormat, file);

        await log.EmitBatchAsync(Events("first", "second"));

        Assert.Equal(["first", "second"], console.Flushed.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["first"], file.Messages);
    }

    [Fact]
    public void Stopping_flushes_the_console_and_closes_the_file()
    {
        var console = new RecordingConsole();
        var file = new RecordingFile();

        new ConsoleAndFileLog(console, LineFormat, file).Dispose();

        Assert.Equal(1, console.Flushes);
        Assert.True(file.Disposed);
    }

    private static List<LogEvent> Events(params string[] messages) =>
        [.. messages.Select(message => new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse(message), []))];

    /// <summary>A console that keeps what was flushed apart from what is still buffered, and can fail from its Nth line.</summary>
    private sealed class RecordingConsole : StringWriter
    {
        private readonly StringWriter _buffer = new();
        private int _lines;

        public int FailFrom { get; set; } = int.MaxValue;

        public int Flushes { get; private set; }

        public string Flushed => ToString();

        public override void Write(char value) => Buffer(value.ToString());

        public override void Write(string? value) => Buffer(value);

        public override void Write(char[] buffer, int index, int count) => Buffer(new string(buffer, index, count));

        public override void Flush()
        {
            Flushes++;
            base.Write(_buffer.ToString());
            _buffer.GetStringBuilder().Clear();
        }

        private void Buffer(string? text)
        {
            if (text == Environment.NewLine && ++_lines >= FailFrom)
            {
                throw new IOException("the console's reader has gone");
            }

            _buffer.Write(text);
        }
    }

    private sealed class RecordingFile : ILogEventSink, IDisposable
    {
        public List<string> Messages { get; } = [];

        public int FailFrom { get; init; } = int.MaxValue;

        public bool Disposed { get; private set; }

        public void Emit(LogEvent logEvent)
        {
            if (Messages.Count >= FailFrom)
            {
                throw new IOException("the disk is full");
            }

            Messages.Add(logEvent.RenderMessage(CultureInfo.InvariantCulture));
        }

        public void Dispose() => Disposed = true;
    }
}
