using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ExpenseTracker.Cli;
using ExpenseTracker.Client.Serialization;
using ExpenseTracker.Client.Tests.Infrastructure;

namespace ExpenseTracker.Client.Tests.Cli;

public sealed class CliImportExportTests(SharedApi api) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("expensetracker-cli-files-").FullName;

    [Fact]
    public async Task Ten_thousand_rows_import_in_one_request_with_progress_and_a_second_import_adds_nothing()
    {
        using var cli = await CliUser.SignedInAsync(api);
        var file = Path.Combine(_folder, "ten-thousand.csv");
        await File.WriteAllTextAsync(file, TenThousandRows(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var first = (await cli.RunAsync("import", file)).AssertSuccess();
        var again = (await cli.RunAsync("import", file, "--json")).AssertSuccess().Json(ExpenseTrackerJsonContext.Default.ImportResponse);
        var list = (await cli.RunAsync("list", "--page-size", "1", "--json")).AssertSuccess().Json(ExpenseTrackerJsonContext.Default.PagedResponseExpenseResponse);

        Assert.Contains("Imported 10,000 expenses; 0 duplicates skipped; 0 rows refused.", first.Out, StringComparison.Ordinal);
        Assert.Contains("Importing ten-thousand.csv [####################] 100 %", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, again.Imported);
        Assert.Equal(10_000, again.Duplicates);
        Assert.Equal(10_000, list.TotalCount);
    }

    [Fact]
    public async Task Refused_rows_are_listed_by_line_and_make_the_exit_code_7()
    {
        using var cli = await CliUser.SignedInAsync(api);
        var file = Path.Combine(_folder, "some-bad.csv");
        await File.WriteAllTextAsync(file, "date,amount,currency,category,merchant,note,tags\n2026-11-01,4.20,EUR,Food,Bakery,,\n2026-11-02,lots,EUR,Food,Bakery,,\n");

        var import = await cli.RunAsync("import", file);

        import.AssertExit(ExitCodes.ImportHadErrors);
        Assert.Contains("Imported 1 expense; 0 duplicates skipped; 1 row refused.", import.Out, StringComparison.Ordinal);
        Assert.Single(import.Out.Split('\n'), line => Regex.IsMatch(line, @"^│\s*3 │"));
    }

    [Fact]
    public async Task Export_writes_the_selected_expenses_as_csv_to_a_file_or_to_standard_output()
    {
        using var cli = await CliUser.SignedInAsync(api);
        (await cli.RunAsync("add", "4.20", "EUR", "-m", "Bakery", "-c", "Food", "-d", "2026-11-01")).AssertSuccess();
        (await cli.RunAsync("add", "2.80", "EUR", "-m", "Metro", "-c", "Transport", "-d", "2026-11-02")).AssertSuccess();
        var file = Path.Combine(_folder, "food.csv");

        var toFile = (await cli.RunAsync("export", "--category", "Food", "--output", file)).AssertSuccess();
        var toOut = (await cli.RunAsync("export")).AssertSuccess();

        Assert.Contains($"Exported to {file}.", toFile.Error, StringComparison.Ordinal);
        var lines = (await File.ReadAllTextAsync(file)).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,amount,currency,category,merchant,note,tags", lines[0].TrimEnd('\r'));
        Assert.StartsWith("2026-11-01,4.20,EUR,Food,Bakery", Assert.Single(lines.Skip(1)), StringComparison.Ordinal);
        Assert.Equal(3, toOut.Out.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Importing_a_file_that_does_not_exist_is_a_usage_error()
    {
        using var cli = await CliUser.SignedInAsync(api);

        var import = await cli.RunAsync("import", Path.Combine(_folder, "missing.csv"));

        import.AssertExit(ExitCodes.InvalidUsage);
        Assert.Contains("There is no file", import.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string TenThousandRows()
    {
        string[] categories = ["Food", "Groceries", "Transport", "Entertainment", "Hobbies"];
        var csv = new StringBuilder("date,amount,currency,category,merchant,note,tags\n");
        var start = new DateOnly(2025, 1, 1);
        for (var row = 0; row < 10_000; row++)
        {
            var date = start.AddDays(row % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var amount = ((row % 9_000) + 1 + (row / 9_000 * 0.5m)).ToString("0.00", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{date},{amount},EUR,{categories[row % categories.Length]},\"Shop {row}, Main St\",row {row},import|bulk\n");
        }

        return csv.ToString();
    }
}
