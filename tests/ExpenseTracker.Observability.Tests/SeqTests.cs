using System.Globalization;
using System.Text.Json;
using ExpenseTracker.Observability.Tests.Infrastructure;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.Observability.Tests;

/// <summary>What the Seq sink of the API and the worker posted to the stand-in Seq server during the run.</summary>
[Collection(ObservedDeployment.Readers.Name)]
public sealed class SeqTests(ObservedDeployment deployment)
{
    private static readonly string[] Levels = ["Verbose", "Debug", "Information", "Warning", "Error", "Fatal"];

    [Fact]
    public async Task The_seq_sink_posts_well_formed_clef_with_trace_and_span_ids()
    {
        var trace = deployment.Traffic.CachedReadTrace.ToString();
        await Eventually.ValueAsync(() => Task.FromResult(Events().Any(log => log.TraceId == trace)), found => found, what: "the request line posted to Seq");
        var posts = deployment.Seq.Posts.Where(post => post.Method == "POST").ToList();

        Assert.All(posts, post => Assert.StartsWith("application/vnd.serilog.clef", post.ContentType));
        var events = Events();
        Assert.All(events, log =>
        {
            Assert.Equal(JsonValueKind.Object, log.Json.ValueKind);
            Assert.True(DateTimeOffset.TryParse(log.Text("@t"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _), $"@t of {log.Line}");
            Assert.True(log.Text("@mt") is not null || log.Text("@m") is not null, $"no message in {log.Line}");
            Assert.Contains(log.Level, Levels);
            if (log.TraceId is not null)
            {
                Assert.Matches("^[0-9a-f]{32}$", log.TraceId);
                Assert.Matches("^[0-9a-f]{16}$", log.SpanId);
            }
        });

        var request = Assert.Single(events, log => log.TraceId == trace);
        Assert.Equal(TrafficBurst.Alice, request.Text(LogProperties.UserId));
        Assert.Contains(events, log => log.Level == "Warning");
        Assert.Equal(["api", "worker"], events.Select(log => log.Text(LogProperties.ServiceName)).Distinct().Order(StringComparer.Ordinal));
    }

    private List<ClefEvent> Events() =>
        deployment.Seq.Posts
            .Where(post => post.Method == "POST")
            .SelectMany(post => post.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(ClefEvent.Parse)
            .ToList();
}
