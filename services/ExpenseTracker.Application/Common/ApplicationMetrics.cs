using System.Diagnostics.Metrics;

namespace ExpenseTracker.Application.Common;

/// <summary>
/// The business and cache instruments of the use cases, on the <c>ExpenseTracker.Application</c> meter. Every
/// instrument is declared here, once, with its Prometheus name in its summary; the dashboards in
/// <c>infra/grafana/dashboards</c> query these names.
/// </summary>
public static class ApplicationMetrics
{
    public const string MeterName = "ExpenseTracker.Application";

    /// <summary>Where an expense came from: the tag <c>source</c> of <see cref="ExpensesRecorded"/>.</summary>
    public static class Sources
    {
        public const string Api = "api";
        public const string Recurring = "recurring";
        public const string Import = "import";
    }

    /// <summary>The cached views: the tag <c>cache</c> of <see cref="CacheRequests"/>.</summary>
    public static class Caches
    {
        public const string MonthlyReport = "reports.monthly";
        public const string Trend = "reports.trend";
        public const string Categories = "categories";
    }

    private static readonly Meter Meter = new(MeterName);

    /// <summary><c>expensetracker_expenses_recorded_total{source}</c>: expenses created, by where they came from.</summary>
    public static readonly Counter<long> ExpensesRecorded =
        Meter.CreateCounter<long>("expensetracker.expenses.recorded", unit: "{expense}", description: "Expenses recorded, by source (api, recurring, import)");

    /// <summary><c>expensetracker_imports_total{outcome}</c>: CSV imports finished, <c>outcome</c> = clean or with_errors.</summary>
    public static readonly Counter<long> Imports =
        Meter.CreateCounter<long>("expensetracker.imports", unit: "{import}", description: "CSV imports finished, by outcome (clean, with_errors)");

    /// <summary><c>expensetracker_import_rows_total{result}</c>: rows of CSV imports, <c>result</c> = imported, duplicate or error.</summary>
    public static readonly Counter<long> ImportRows =
        Meter.CreateCounter<long>("expensetracker.import.rows", unit: "{row}", description: "Rows of CSV imports, by result (imported, duplicate, error)");

    /// <summary><c>expensetracker_receipts_stored_total{content_type}</c>: receipts attached to expenses.</summary>
    public static readonly Counter<long> ReceiptsStored =
        Meter.CreateCounter<long>("expensetracker.receipts.stored", unit: "{receipt}", description: "Receipts stored, by content type");

    /// <summary><c>expensetracker_receipts_stored_bytes_total</c>: bytes of the receipts stored.</summary>
    public static readonly Counter<long> ReceiptBytesStored =
        Meter.CreateCounter<long>("expensetracker.receipts.stored_bytes", unit: "By", description: "Bytes of receipts stored");

    /// <summary>
    /// <c>expensetracker_cache_requests_total{cache, result}</c>: reads of a cached view, <c>result</c> = hit (served
    /// from memory or Redis) or miss (the store was queried).
    /// </summary>
    public static readonly Counter<long> CacheRequests =
        Meter.CreateCounter<long>("expensetracker.cache.requests", unit: "{request}", description: "Reads of cached views, by cache and result (hit, miss)");

    /// <summary><c>expensetracker_notifications_raised_total{kind, threshold}</c>: notifications raised for users.</summary>
    public static readonly Counter<long> NotificationsRaised =
        Meter.CreateCounter<long>("expensetracker.notifications.raised", unit: "{notification}", description: "Notifications raised, by kind and threshold");

    public static void ExpenseRecorded(string source, int count = 1)
    {
        if (count > 0)
        {
            ExpensesRecorded.Add(count, new KeyValuePair<string, object?>("source", source));
        }
    }

    /// <summary>For the CSV import, once per import: its rows, and its imported rows as expenses recorded.</summary>
    public static void ImportFinished(int imported, int duplicates, int errors)
    {
        Imports.Add(1, new KeyValuePair<string, object?>("outcome", errors == 0 ? "clean" : "with_errors"));
        ImportRows.Add(imported, new KeyValuePair<string, object?>("result", "imported"));
        ImportRows.Add(duplicates, new KeyValuePair<string, object?>("result", "duplicate"));
        ImportRows.Add(errors, new KeyValuePair<string, object?>("result", "error"));
        ExpenseRecorded(Sources.Import, imported);
    }

    /// <summary>For the receipts use case, once per receipt stored.</summary>
    public static void ReceiptStored(string contentType, long size)
    {
        ReceiptsStored.Add(1, new KeyValuePair<string, object?>("content_type", contentType));
        ReceiptBytesStored.Add(size);
    }

    public static void CacheRequest(string cache, bool hit) =>
        CacheRequests.Add(1, new KeyValuePair<string, object?>("cache", cache), new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    public static void NotificationRaised(string kind, int? threshold) =>
        NotificationsRaised.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("threshold", threshold));
}
