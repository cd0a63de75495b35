using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Client.Tests.Client;

public sealed class ImportExportClientTests(SharedApi api)
{
    private const string Header = "date,amount,currency,category,merchant,note,tags";

    [Fact]
    public async Task An_import_reports_what_it_did_line_by_line_and_importing_again_adds_nothing()
    {
        await using var client = ClientScope.SignedIn(api);
        var csv = $"""
            {Header}
            2026-10-01,4.20,EUR,Food,Bakery,,breakfast|work
            2026-10-02,lots,EUR,Food,Bakery,,
            2026-10-03,2.80,EUR,Transport,Metro,,
            2026-10-04,3.333,EUR,Food,Kiosk,,
            """;
        var sent = new List<long>();

        var first = await ImportAsync(client.Api, csv, sent.Add);
        var again = await ImportAsync(client.Api, csv);

        Assert.Equal(2, first.Imported);
        Assert.Equal(0, first.Duplicates);
        Assert.Equal([3L, 5L], first.Errors.Select(error => error.Line));
        Assert.All(first.Errors, error => Assert.False(string.IsNullOrWhiteSpace(error.Message)));
        Assert.Equal(Encoding.UTF8.GetByteCount(csv), sent[^1]);
        Assert.Equal((0, 2), (again.Imported, again.Duplicates));
        var listed = await client.Api.Expenses.ListAsync(new ExpenseQuery { Sort = "date" });
        Assert.Equal(["Bakery", "Metro"], listed.Items.Select(expense => expense.Merchant));
        Assert.Equal(["breakfast", "work"], listed.Items[0].Tags);
    }

    [Fact]
    public async Task An_export_with_filters_holds_only_the_selected_expenses_oldest_first_and_imports_back_unchanged()
    {
        await using var alice = ClientScope.SignedIn(api);
        var food = await alice.Api.CategoryAsync("Food");
        await alice.Api.CreateExpenseAsync(Expenses.Request(9.90m, date: new DateOnly(2026, 10, 20), categoryId: food.Id, merchant: "Bakery & Co", note: "Cake, \"large\"", tags: ["party"]));
        await alice.Api.CreateExpenseAsync(Expenses.Request(4.20m, date: new DateOnly(2026, 10, 1), categoryId: food.Id, merchant: "Bakery & Co"));
        await alice.Api.CreateExpenseAsync(Expenses.Request(2.80m, date: new DateOnly(2026, 10, 2), merchant: "Metro"));
        await alice.Api.CreateExpenseAsync(Expenses.Request(1500m, "JPY", new DateOnly(2026, 10, 3), merchant: "Bakery & Co"));

        var selected = await ExportAsync(alice.Api, new ExpenseQuery { Q = "bakery & co", Currency = "EUR" });
        await using var bob = ClientScope.SignedIn(api);
        var imported = await ImportAsync(bob.Api, selected);
        var exportedAgain = await ExportAsync(bob.Api);

        var lines = selected.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();
        Assert.Equal(Header, lines[0]);
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("2026-10-01,4.20,EUR,Food,Bakery & Co,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2026-10-20,9.90,EUR,Food,Bakery & Co,", lines[2], StringComparison.Ordinal);
        Assert.Equal((2, 0), (imported.Imported, imported.Errors.Count));
        Assert.Equal(selected, exportedAgain);
    }

    [Fact]
    public async Task A_body_that_is_not_csv_answers_415_and_imports_nothing()
    {
        await using var client = ClientScope.SignedIn(api);
        using var json = new StringContent("""{"date":"2026-10-01","amount":4.2}""", Encoding.UTF8, "application/json");

        var refused = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => client.Api.ImportExport.ImportAsync(json));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Equal(0, (await client.Api.Expenses.ListAsync()).TotalCount);
    }

    [Fact]
    public async Task A_csv_sent_as_a_multipart_file_imports_too()
    {
        await using var client = ClientScope.SignedIn(api);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"{Header}\n2026-10-01,4.20,EUR,Food,Bakery,,\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent { { file, "file", "bank.csv" } };

        var result = await client.Api.ImportExport.ImportAsync(form);

        Assert.Equal(1, result.Imported);
        Assert.Equal(1, (await client.Api.Expenses.ListAsync()).TotalCount);
    }

    private static async Task<ImportResponse> ImportAsync(IExpenseTrackerClient api, string csv, Action<long>? bytesSent = null)
    {
        using var content = new CsvUploadContent(new MemoryStream(Encoding.UTF8.GetBytes(csv)), bytesSent is null ? null : new SynchronousProgress(bytesSent));
        return await api.ImportExport.ImportAsync(content);
    }

    private static async Task<string> ExportAsync(IExpenseTrackerClient api, ExpenseQuery? query = null)
    {
        await using var export = await api.ImportExport.ExportAsync(query);
        return await new StreamReader(export).ReadToEndAsync();
    }

    /// <summary>Reports on the sending thread, so every report has arrived when the call returns.</summary>
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
