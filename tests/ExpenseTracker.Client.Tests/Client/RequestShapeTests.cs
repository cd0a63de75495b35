using System.Net;
using System.Text;
using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace ExpenseTracker.Client.Tests.Client;

/// <summary>
/// Receipts, import and export, recurring expenses, notifications and the archive are built server-side on other
/// branches. Until they are merged, these tests pin the requests the client sends for them (method, path, query,
/// content type, body) and that it reads the SPEC's answers.
/// </summary>
public sealed class RequestShapeTests
{
    private static readonly Guid ExpenseId = Guid.Parse("0b5c6b8e-7c1a-4d36-9a38-4a8f3c1e2d10");
    private static readonly Guid OtherId = Guid.Parse("6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");

    [Fact]
    public async Task Attaching_a_receipt_posts_one_multipart_file_field()
    {
        var handler = new RecordingHandler().ThenAnswer(HttpStatusCode.Created, $$"""{"id":"{{OtherId}}","fileName":"till.png","contentType":"image/png","size":4}""");
        await using var client = FakeApi.Create(handler);
        byte[] png = [0x89, 0x50, 0x4E, 0x47];

        var receipt = await client.Api.Receipts.AttachAsync(ExpenseId, new StreamPart(new MemoryStream(png), "till.png", "image/png"));

        var request = handler.Single();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"/api/v1/expenses/{ExpenseId}/receipts", request.PathAndQuery);
        Assert.Equal("multipart/form-data", request.ContentType?.MediaType);
        Assert.Contains("name=file", request.BodyText, StringComparison.Ordinal);
        Assert.Contains("filename=till.png", request.BodyText, StringComparison.Ordinal);
        Assert.Contains("Content-Type: image/png", request.BodyText, StringComparison.Ordinal);
        Assert.Equal(new ReceiptResponse(OtherId, "till.png", "image/png", 4), receipt);
    }

    [Fact]
    public async Task A_receipt_downloads_with_its_content_type_and_can_be_removed()
    {
        var handler = new RecordingHandler()
            .ThenAnswer(HttpStatusCode.OK, "%PDF-1.7", "application/pdf")
            .ThenAnswer(HttpStatusCode.NoContent, string.Empty);
        await using var client = FakeApi.Create(handler);

        using var download = await client.Api.Receipts.DownloadAsync(ExpenseId, OtherId);
        var bytes = await download.ReadAsStringAsync();
        await client.Api.Receipts.DeleteAsync(ExpenseId, OtherId);

        Assert.Equal("application/pdf", download.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-1.7", bytes);
        Assert.Equal([HttpMethod.Get, HttpMethod.Delete], handler.Requests.Select(request => request.Method));
        Assert.All(handler.Requests, request => Assert.Equal($"/api/v1/expenses/{ExpenseId}/receipts/{OtherId}", request.PathAndQuery));
    }

    [Fact]
    public async Task A_csv_import_streams_the_file_as_text_csv_and_reads_the_result()
    {
        var csv = "date,amount,currency,category,merchant,note,tags\n2026-11-01,4.20,EUR,Food,Bakery,,breakfast\n2026-11-02,oops,EUR,Food,Bakery,,\n";
        var handler = new RecordingHandler().ThenAnswer(HttpStatusCode.OK, """{"imported":1,"duplicates":0,"errors":[{"line":3,"message":"amount is not a number"}]}""");
        await using var client = FakeApi.Create(handler);
        var reported = new List<long>();

        using var content = new CsvUploadContent(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new SynchronousProgress(reported.Add));
        var result = await client.Api.ImportExport.ImportAsync(content);

        var request = handler.Single();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/api/v1/expenses/import", request.PathAndQuery);
        Assert.Equal("text/csv", request.ContentType?.MediaType);
        Assert.Equal(csv, request.BodyText);
        Assert.Equal(Encoding.UTF8.GetByteCount(csv), reported[^1]);
        Assert.Equal(1, result.Imported);
        Assert.Equal(new ImportError(3, "amount is not a number"), Assert.Single(result.Errors));
    }

    [Fact]
    public async Task An_export_sends_the_list_filters_and_streams_the_csv()
    {
        const string csv = "date,amount,currency,category,merchant,note,tags\n2026-11-01,4.20,EUR,Food,Bakery,,breakfast\n";
        var handler = new RecordingHandler().ThenAnswer(HttpStatusCode.OK, csv, "text/csv");
        await using var client = FakeApi.Create(handler);

        await using var export = await client.Api.ImportExport.ExportAsync(new ExpenseQuery { From = "2026-11-01", Currency = "EUR", Q = "bakery & co" });
        var text = await new StreamReader(export).ReadToEndAsync();

        var request = handler.Single();
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("/api/v1/expenses/export?from=2026-11-01&q=bakery%20%26%20co&currency=EUR", request.PathAndQuery);
        Assert.Equal(csv, text);
    }

    [Fact]
    public async Task Recurring_expenses_are_listed_created_replaced_and_deleted()
    {
        var rule = $$"""{"id":"{{OtherId}}","amount":9.99,"currency":"EUR","frequency":"monthly","interval":1,"startDate":"2026-01-31","endDate":null,"nextOccurrence":"2026-12-31","categoryId":null,"merchant":"Streaming","note":null,"tags":[],"paymentMethod":null}""";
        var handler = new RecordingHandler()
            .ThenAnswer(HttpStatusCode.OK, $"[{rule}]")
            .ThenAnswer(HttpStatusCode.Created, rule)
            .ThenAnswer(HttpStatusCode.OK, rule)
            .ThenAnswer(HttpStatusCode.NoContent, string.Empty);
        await using var client = FakeApi.Create(handler);
        var request = new RecurringRequest(9.99m, "EUR", "monthly", 1, new DateOnly(2026, 1, 31), Merchant: "Streaming");

        var listed = await client.Api.Recurring.ListAsync();
        var created = await client.Api.Recurring.CreateAsync(request);
        await client.Api.Recurring.UpdateAsync(OtherId, request);
        await client.Api.Recurring.DeleteAsync(OtherId);

        Assert.Equal(
            [$"GET /api/v1/recurring", "POST /api/v1/recurring", $"PUT /api/v1/recurring/{OtherId}", $"DELETE /api/v1/recurring/{OtherId}"],
            handler.Requests.Select(sent => $"{sent.Method} {sent.PathAndQuery}"));
        Assert.Equal("application/json", handler.Requests[1].ContentType?.MediaType);
        Assert.Contains("\"frequency\":\"monthly\"", handler.Requests[1].BodyText, StringComparison.Ordinal);
        Assert.Contains("\"startDate\":\"2026-01-31\"", handler.Requests[1].BodyText, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 31), Assert.Single(listed).NextOccurrence);
        Assert.Equal(9.99m, created.Amount);
    }

    [Fact]
    public async Task Notifications_are_listed_and_marked_read()
    {
        var handler = new RecordingHandler()
            .ThenAnswer(HttpStatusCode.OK, $$"""[{"id":"{{OtherId}}","kind":"budget","title":"Food at 80 %","message":"You spent 80.00 of 100.00 EUR.","categoryId":null,"month":"2026-11","threshold":80,"createdAt":"2026-11-25T10:00:00Z","readAt":null}]""")
            .ThenAnswer(HttpStatusCode.NoContent, string.Empty);
        await using var client = FakeApi.Create(handler);

        var notifications = await client.Api.Notifications.ListAsync();
        await client.Api.Notifications.MarkReadAsync(OtherId);

        Assert.Equal(80, Assert.Single(notifications).Threshold);
        Assert.Equal(
            ["GET /api/v1/notifications", $"POST /api/v1/notifications/{OtherId}/read"],
            handler.Requests.Select(sent => $"{sent.Method} {sent.PathAndQuery}"));
    }

    [Fact]
    public async Task Archived_months_are_listed_and_restored()
    {
        var handler = new RecordingHandler()
            .ThenAnswer(HttpStatusCode.OK, """[{"month":"2023-01","expenseCount":42,"archivedAt":"2026-11-01T03:00:00Z"}]""")
            .ThenAnswer(HttpStatusCode.OK, """{"month":"2023-01","restored":42}""");
        await using var client = FakeApi.Create(handler);

        var months = await client.Api.Archive.ListAsync();
        var restored = await client.Api.Archive.RestoreAsync("2023-01");

        Assert.Equal(new ArchivedMonthResponse("2023-01", 42, new DateTimeOffset(2026, 11, 1, 3, 0, 0, TimeSpan.Zero)), Assert.Single(months));
        Assert.Equal(new RestoreResponse("2023-01", 42), restored);
        Assert.Equal(
            ["GET /api/v1/archive", "POST /api/v1/archive/2023-01/restore"],
            handler.Requests.Select(sent => $"{sent.Method} {sent.PathAndQuery}"));
    }

    [Fact]
    public async Task An_api_behind_a_path_prefix_keeps_its_prefix()
    {
        var handler = new RecordingHandler().ThenAnswer(HttpStatusCode.OK, "[]");
        await using var client = ClientScope.Create(
            new Uri("http://gateway.test/tracker/"),
            builder => builder.WithAccessToken(FakeApi.Token).ConfigureHttpClients(http => http.ConfigurePrimaryHttpMessageHandler(() => handler)));

        await client.Api.Budgets.ListAsync();

        Assert.Equal("http://gateway.test/tracker/api/v1/budgets", handler.Single().Uri.ToString());
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
