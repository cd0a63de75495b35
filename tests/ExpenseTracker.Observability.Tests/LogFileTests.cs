using ExpenseTracker.LocalServers;
using ExpenseTracker.Observability.Tests.Infrastructure;
using ExpenseTracker.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.Observability.Tests;

/// <summary>Two writers of one service in one data folder: each owns a file, and every line is whole.</summary>
public sealed class LogFileTests
{
    private const string Service = "api";

    [Fact]
    public void A_second_writer_of_a_service_gets_its_own_file_and_a_freed_slot_is_taken_again()
    {
        using var folder = new TempDirectory("logs");

        var first = LogFileSlot.Claim(folder.Path, Service);
        using var second = LogFileSlot.Claim(folder.Path, Service);
        Assert.Equal(folder.Combine("api-.log"), first.PathFormat);
        Assert.Equal(folder.Combine("api.2-.log"), second.PathFormat);

        first.Dispose();
        using var third = LogFileSlot.Claim(folder.Path, Service);
        Assert.Equal(folder.Combine("api-.log"), third.PathFormat);
    }

    [Fact]
    public async Task Two_hosts_of_one_service_writing_at_once_lose_and_mix_no_line()
    {
        using var folder = new TempDirectory("logs");
        const int LinesPerHost = 2_000;

        var first = StartHost(folder.Path);
        var second = StartHost(folder.Path);
        await Task.WhenAll(
            Task.Run(() => WriteLines(first, "first", LinesPerHost)),
            Task.Run(() => WriteLines(second, "second", LinesPerHost)));
        // Stopping a host flushes its queue and its file's buffer.
        first.Dispose();
        second.Dispose();

        var logs = Path.Combine(folder.Path, "logs");
        var events = Directory.GetFiles(logs, "api*.log").SelectMany(File.ReadAllLines).Select(ClefEvent.Parse).ToList();
        Assert.Equal(["api-", "api.2-"], Directory.GetFiles(logs, "api*.log").Select(file => Path.GetFileName(file)[..(Path.GetFileName(file).IndexOf('-') + 1)]).Order());
        foreach (var writer in new[] { "first", "second" })
        {
            var numbers = events.Where(log => log.Text("Writer") == writer).Select(log => log.Json.GetProperty("Number").GetInt32()).Order();
            Assert.Equal(Enumerable.Range(0, LinesPerHost), numbers);
        }
    }

    private static IHost StartHost(string dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = Service, DisableDefaults = true });
        builder.Configuration[DataDirectory.ConfigurationKey] = dataDirectory;
        builder.AddLoggingDefaults();
        return builder.Build();
    }

    private static void WriteLines(IHost host, string writer, int count)
    {
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LogFileTests");
        for (var number = 0; number < count; number++)
        {
            logger.LogInformation("Line {Number} of {Writer}, padded so that lines cross the buffer's blocks: {Padding}", number, writer, new string('x', number % 300));
        }
    }
}
