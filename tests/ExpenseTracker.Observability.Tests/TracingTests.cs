using System.Diagnostics;
using System.Globalization;
using ExpenseTracker.Infrastructure.Sqlite;
using ExpenseTracker.LocalServers;
using ExpenseTracker.Observability.Tests.Infrastructure;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.Observability.Tests;

/// <summary>What the API exports as traces: one trace per request, through the store and Redis; the sources of other adapters.</summary>
[Collection(InProcessHosts.Name)]
public sealed class TracingTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private InProcessApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        InstalledServers.Require(InstalledServers.Redis);
        _redis = await RedisServer.StartAsync();
        _api = new InProcessApi(new Dictionary<string, string?> { ["ConnectionStrings:cache"] = _redis.ConnectionString });
    }

    public async ValueTask DisposeAsync()
    {
        await _api.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_request_is_one_trace_through_the_store_and_redis()
    {
        var client = await _api.SignedInClientAsync("tracer");
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/monthly?month={DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        (await client.SendAsync(request)).EnsureSuccessStatusCode();

        // The Redis instrumentation turns its profiled commands into spans every few seconds.
        var spans = await Eventually.ValueAsync(
            () => Task.FromResult(_api.Spans.Where(span => span.TraceId == trace).ToList()),
            inTrace => inTrace.Any(span => span.GetTagItem("db.system") as string == "redis" || span.GetTagItem("db.system.name") as string == "redis"),
            $"a Redis span in the request's trace; exported: {string.Join(", ", _api.Spans.Select(span => $"{span.Source.Name}:{span.DisplayName}:{span.TraceId == trace}"))}",
            TimeSpan.FromSeconds(30));
        var server = Assert.Single(spans, span => span.Kind == ActivityKind.Server);
        Assert.Equal("/api/v1/reports/monthly", server.GetTagItem("http.route"));
        var store = Assert.Single(spans, span => span.Source.Name == SqliteTelemetry.SourceName && span.DisplayName == "SqliteReportStore.MonthlyAsync");
        Assert.Equal(server.SpanId, store.ParentSpanId);
        Assert.Equal("sqlite", store.GetTagItem("db.system.name"));
        Assert.Equal("tracer", server.GetTagItem("enduser.id"));
    }

    [Fact]
    public async Task Idle_background_polls_leave_no_store_spans()
    {
        _ = await _api.SignedInClientAsync("idle");
        await Task.Delay(TimeSpan.FromSeconds(1));

        // The relay polls the outbox every 250 ms: none of those polls is a trace of its own.
        Assert.DoesNotContain(_api.Spans, span => span.Source.Name == SqliteTelemetry.SourceName && span.Parent is null && span.ParentSpanId == default);
    }

    [Fact]
    public void Spans_of_the_blob_client_are_exported()
    {
        _ = _api.Services;
        using var blobs = new ActivitySource("Azure.Storage.Blobs.BlobContainerClient");

        using (blobs.StartActivity("BlobContainerClient.UploadBlob"))
        {
        }

        Assert.Contains(_api.Spans, span => span.Source.Name == "Azure.Storage.Blobs.BlobContainerClient");
        Assert.True(AppContext.TryGetSwitch(TelemetryExtensions.AzureActivitySourceSwitch, out var enabled) && enabled, "the Azure SDK's spans are switched on");
    }
}
