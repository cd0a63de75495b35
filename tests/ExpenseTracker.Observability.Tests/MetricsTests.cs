using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net.Http.Json;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Observability.Tests.Infrastructure;

namespace ExpenseTracker.Observability.Tests;

/// <summary>The application's own instruments, measured in this process.</summary>
[Collection(InProcessHosts.Name)]
public sealed class MetricsTests : IAsyncLifetime
{
    private readonly InProcessApi _api = new(new Dictionary<string, string?>());

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task A_cached_report_is_a_miss_once_then_hits_until_a_write_drops_it()
    {
        var client = await _api.SignedInClientAsync("reader");
        var month = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var reads = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meter) =>
        {
            if (instrument.Meter.Name == ApplicationMetrics.MeterName && instrument.Name == "expensetracker.cache.requests")
            {
                meter.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var values = tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value as string);
            if (values["cache"] == ApplicationMetrics.Caches.MonthlyReport)
            {
                lock (reads)
                {
                    reads.Add(values["result"]!);
                }
            }
        });
        listener.Start();

        for (var read = 0; read < 3; read++)
        {
            (await client.GetAsync($"/api/v1/reports/monthly?month={month}")).EnsureSuccessStatusCode();
        }

        (await client.PostAsJsonAsync("/api/v1/expenses", new { amount = 3m, currency = "EUR", date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })).EnsureSuccessStatusCode();
        (await client.GetAsync($"/api/v1/reports/monthly?month={month}")).EnsureSuccessStatusCode();

        Assert.Equal(["miss", "hit", "hit", "miss"], reads);
    }

    [Fact]
    public async Task Every_business_instrument_is_exported_under_the_name_its_panel_queries()
    {
        using var client = _api.CreateClient();

        // The import and receipt features call these; until they land, the test calls them as they will.
        ApplicationMetrics.ImportFinished(imported: 3, duplicates: 1, errors: 1);
        ApplicationMetrics.ReceiptStored("image/png", 2048);
        ApplicationMetrics.NotificationRaised("budget.threshold", 80);

        var page = await client.GetStringAsync("/metrics");

        Assert.Contains("expensetracker_imports_total{otel_scope_name=\"ExpenseTracker.Application\",outcome=\"with_errors\"} ", page);
        Assert.Contains("expensetracker_import_rows_total{otel_scope_name=\"ExpenseTracker.Application\",result=\"duplicate\"} ", page);
        Assert.Contains("expensetracker_expenses_recorded_total{otel_scope_name=\"ExpenseTracker.Application\",source=\"import\"} ", page);
        Assert.Contains("expensetracker_receipts_stored_total{otel_scope_name=\"ExpenseTracker.Application\",content_type=\"image/png\"} ", page);
        Assert.Contains("expensetracker_receipts_stored_bytes_total{otel_scope_name=\"ExpenseTracker.Application\"} ", page);
        Assert.Contains("expensetracker_notifications_raised_total{otel_scope_name=\"ExpenseTracker.Application\",kind=\"budget.threshold\",threshold=\"80\"} ", page);
    }
}
