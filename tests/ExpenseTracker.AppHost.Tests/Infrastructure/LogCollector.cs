using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.AppHost.Tests.Infrastructure;

/// <summary>Keeps what one logger category writes, as a developer would read it in the AppHost's console.</summary>
public sealed class LogCollector(string category) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName == category ? _lines : null);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string>? lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => lines is not null;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines?.Enqueue(formatter(state, exception));
    }
}
