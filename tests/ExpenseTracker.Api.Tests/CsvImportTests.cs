using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using ExpenseTracker.Api.Tests.Infrastructure;
using ExpenseTracker.Contracts;
using Microsoft.Data.Sqlite;

namespace ExpenseTracker.Api.Tests;

public sealed class CsvImportTests(SharedApi api)
{
    [Fact]
    public async Task A_file_with_every_csv_edge_imports_its_good_rows_and_reports_each_bad_one_by_the_line_it_starts_on()
    {
        var client = await api.NewUserClientAsync();
        var csv = string.Join("\r\n",
            "date;amount;currency;category;merchant;note;tags",                      // 1
            "2026-01-05;12,50;EUR;food;\"Café; \"\"Le Coin\"\"\";\"Lunch with",      // 2
            "colleagues, 3 people\";work|lunch",                                     // 3
            "2026-01-06;1200;JPY;Pets;Zoo shop;;",                                   // 4
            "2026-13-01;5;EUR;;Bad date;;",                                          // 5
            "2026-01-07;abc;EUR;;Bad amount;;",                                      // 6
            "2026-01-07;5.123;EUR;;Too many decimals;;",                             // 7
            "2026-01-08;5;XXX;;Bad currency;;",                                      // 8
            "2026-01-09;5;EUR;;\"Stray \"quote;;",                                   // 9
            "2026-01-10;5;EUR;;Too few fields",                                      // 10
            "",                                                                      // 11
            "2026-01-11;7,25;EUR;Groceries;\"Multi",                                 // 12
            "line",                                                                  // 13
            "merchant\";\"\";a|b|A",                                                 // 14
            "2026-01-12;1.500;BHD;;Souq;;",                                          // 15
            "2026-01-12;-3;EUR;;Negative;;") + "\r\n";                               // 16

        var result = await (await client.PostCsvAsync(csv, byteOrderMark: true)).ReadAsync<ImportResponse>();

        Assert.Equal(4, result.Imported);
        Assert.Equal(0, result.Duplicates);
        Assert.Equal([5L, 6L, 7L, 8L, 9L, 10L, 16L], result.Errors.Select(error => error.Line));
        Assert.StartsWith("date:", result.Errors[0].Message);
        Assert.StartsWith("amount:", result.Errors[1].Message);
        Assert.Contains("at most 2 decimals", result.Errors[2].Message);
        Assert.StartsWith("currency:", result.Errors[3].Message);
        Assert.Contains("quote", result.Errors[4].Message);
        Assert.Contains("Expected 7 fields, found 5", result.Errors[5].Message);
        Assert.Contains("greater than zero", result.Errors[6].Message);

        var expenses = (await client.ListExpensesAsync("?sort=date")).Items;
        var food = await client.CategoryAsync("Food");
        var pets = await client.CategoryAsync("Pets");
        var groceries = await client.CategoryAsync("Groceries");
        Assert.Equal(
            [
                (new DateOnly(2026, 1, 5), 12.50m, "EUR", (Guid?)food.Id, "Café; \"Le Coin\"", "Lunch with\r\ncolleagues, 3 people", "work|lunch"),
                (new DateOnly(2026, 1, 6), 1200m, "JPY", pets.Id, "Zoo shop", null, ""),
                (new DateOnly(2026, 1, 11), 7.25m, "EUR", groceries.Id, "Multi\r\nline\r\nmerchant", null, "a|b"),
                (new DateOnly(2026, 1, 12), 1.500m, "BHD", null, "Souq", null, ""),
            ],
            expenses.Select(expense => (expense.Date, expense.Amount, expense.Currency, expense.CategoryId, expense.Merchant, expense.Note, string.Join('|', expense.Tags))));
        Assert.Single(await client.CategoriesAsync(), category => category.Name.Equals("food", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Rows_matching_an_earlier_expense_are_skipped_and_importing_the_same_file_again_imports_nothing()
    {
        var client = await api.NewUserClientAsync();
        await client.CreateExpenseAsync(Expenses.Request(10m, "EUR", new DateOnly(2026, 2, 1), merchant: "Bakery"));
        const string csv = """
            date,amount,currency,category,merchant,note,tags
            2026-02-01,10.00,EUR,,Bakery,,
            2026-02-01,10,EUR,Food,Bakery,another note,x
            2026-02-02,3.00,EUR,,Kiosk,,
            2026-02-02,3.00,EUR,,Kiosk,,
            2026-02-02,3.00,USD,,Kiosk,,
            """;

        var first = await (await client.PostCsvFileAsync(csv)).ReadAsync<ImportResponse>();
        var second = await (await client.PostCsvFileAsync(csv)).ReadAsync<ImportResponse>();

        Assert.Equal(new ImportResponse(3, 2, []), first with { Errors = [] });
        Assert.Empty(first.Errors);
        Assert.Equal((0, 5), (second.Imported, second.Duplicates));
        Assert.Equal(4, await client.CountExpensesAsync());
    }

    [Fact]
    public async Task Each_imported_expense_announces_itself_through_the_outbox()
    {
        var user = $"outbox-{Guid.NewGuid():N}";
        var client = await api.SignedInClientAsync(user);

        var result = await client.ImportCsvAsync("date,amount,currency,category,merchant,note,tags\n2026-03-01,1,EUR,,A,,\n2026-03-02,2,EUR,,B,,\n");

        Assert.Equal(2, result.Imported);
        await using var database = new SqliteConnection($"Data Source={Path.Combine(api.DataDirectory, "expenses.db")};Mode=ReadOnly");
        var events = await database.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM outbox WHERE user_id = @User AND type = 'ExpenseCreated'", new { User = user });
        Assert.Equal(2, events);
    }

    [Fact]
    public async Task A_50000_row_file_imports_in_one_request()
    {
        var client = await api.NewUserClientAsync();
        const int rows = 50_000;

        var response = await client.PostAsync(CsvCalls.ImportUrl, new GeneratedCsv(rows));

        var result = await response.ReadAsync<ImportResponse>();
        Assert.Equal(new ImportResponse(rows, 0, []), result with { Errors = [] });
        Assert.Empty(result.Errors);
        Assert.Equal(rows, await client.CountExpensesAsync());

        // Row i falls in month (i % 10) + 1 of 2025 and costs (i % 100) + 1 cents: March has the 5,000 rows with i % 10 == 2,
        // costing 3, 13, ..., 93 cents, 500 times each: 500 × 480 cents = 2,400.00 EUR.
        var march = await client.MonthlyReportAsync("2025-03");
        Assert.Equal((5_000L, 2_400.00m), (march.Count, march.Totals.Single().Amount));
    }

    [Fact]
    public async Task A_body_of_nearly_50_MiB_is_read_to_its_end_and_a_larger_one_is_refused_with_413()
    {
        var client = await api.NewUserClientAsync();
        var note = new string('n', 2 * 1024 * 1024);
        var rows = Enumerable.Range(0, 24).Select(day => $"2026-01-{day + 1:D2},1,EUR,,Shop,{note},");
        var nearly50MiB = "date,amount,currency,category,merchant,note,tags\n" + string.Join("\n", rows) + "\n2026-02-01,2,EUR,,Last row,,\n";

        var result = await (await client.PostCsvAsync(nearly50MiB)).ReadAsync<ImportResponse>();

        Assert.Equal(1, result.Imported);
        Assert.Equal(Enumerable.Range(2, 24).Select(line => (long)line), result.Errors.Select(error => error.Line));
        Assert.All(result.Errors, error => Assert.Equal("note: At most 2000 characters.", error.Message));

        using var tooLarge = new HttpRequestMessage(HttpMethod.Post, CsvCalls.ImportUrl)
        {
            Content = new StringContent(nearly50MiB + new string('x', 4 * 1024 * 1024), Encoding.UTF8, "text/csv"),
        };
        tooLarge.Headers.ExpectContinue = true;
        await (await client.SendAsync(tooLarge, TestContext.Current.CancellationToken)).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(1, await client.CountExpensesAsync());
    }

    [Fact]
    public async Task A_file_that_cannot_be_an_import_answers_4xx_and_imports_nothing()
    {
        var client = await api.NewUserClientAsync();

        await (await client.PostCsvAsync("")).AssertFieldErrorAsync("file");
        await (await client.PostCsvAsync("when,how much\n2026-01-01,5\n")).AssertFieldErrorAsync("file");
        await (await client.PostAsync(CsvCalls.ImportUrl, new StringContent("{}", Encoding.UTF8, "application/json"))).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await client.PostAsync(CsvCalls.ImportUrl, new MultipartFormDataContent { { new StringContent("x"), "comment" } })).AssertFieldErrorAsync("file");

        Assert.Equal(0, await client.CountExpensesAsync());
    }

    /// <summary>A CSV body written as it is sent, never held whole in memory on either side.</summary>
    private sealed class GeneratedCsv : HttpContent
    {
        private readonly int _rows;

        public GeneratedCsv(int rows)
        {
            _rows = rows;
            Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
            await writer.WriteAsync("date,amount,currency,category,merchant,note,tags\n");
            for (var i = 0; i < _rows; i++)
            {
                var cents = (i % 100) + 1;
                await writer.WriteAsync($"2025-{(i % 10) + 1:D2}-{(i % 28) + 1:D2},{cents / 100m:0.00},EUR,Bulk {i % 5},\"Shop, {i}\",Row {i},t{i % 7}|bulk\n");
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
