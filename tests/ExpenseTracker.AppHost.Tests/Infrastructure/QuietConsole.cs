using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ExpenseTracker.AppHost.Tests.Infrastructure;

public static class QuietConsole
{
    /// <summary>
    /// The AppHost's console carries every resource's output, hundreds of lines a run; a test reads what it needs
    /// through its own logger provider, and the console keeps room for a failing test's message.
    /// </summary>
    public static TBuilder WithQuietConsole<TBuilder>(this TBuilder builder)
        where TBuilder : IDistributedApplicationTestingBuilder
    {
        builder.Services.AddLogging(logging => logging.AddFilter<ConsoleLoggerProvider>(level => level >= LogLevel.Critical));
        return builder;
    }
}
