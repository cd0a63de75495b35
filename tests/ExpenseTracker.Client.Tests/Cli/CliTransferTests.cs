using System.Text;
using ExpenseTracker.Cli;
using ExpenseTracker.Client.Serialization;
using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Client.Tests.Cli;

/// <summary>
/// The command line's side of <c>import</c> and <c>export</c>, against a stand-in for those endpoints that shows what
/// went over the wire and can answer any result (60 refused rows, say); <see cref="CliImportExportTests"/> runs the
/// same commands against the real API.
/// </summary>
public sealed class CliTransferTests(SharedApi api) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("expensetracker-cli-transfer-").FullName;

    [Fact]
    public async Task Import_streams_the_whole_file_with_progress_then_lists_the_refused_rows_and_exits_7()
    {
        var refused = Enumerable.Range(0, 60).Select(index => new ImportError(index + 2, $"Row {index + 2} has no amount.")).ToList();
        await using var standIn = await StandInApi.StartAsync(new ImportResponse(9_940, 0, refused), exportCsv: string.Empty);
        using var cli = await SignedInToAsync(standIn);
        var file = await WriteCsvAsync(rows: 10_000);

        var import = await cli.RunAsync("import", file, "--api", standIn.Address.ToString());

        import.AssertExit(ExitCodes.ImportHadErrors);
        Assert.Equal(await File.ReadAllBytesAsync(file), standIn.ImportedBody);
        Assert.Equal("text/csv; charset=utf-8", standIn.ImportedContentType);
        Assert.Equal("Bearer stand-in-token", standIn.ImportAuthorization);
        var progress = import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.StartsWith("Importing bank.csv [", StringComparison.Ordinal)).ToList();
        Assert.True(progress.Count >= 3, import.Error);
        Assert.Contains("[####################] 100 %", progress[^1], StringComparison.Ordinal);
        Assert.Contains("Imported 9,940 expenses; 0 duplicates skipped; 60 rows refused.", import.Out, StringComparison.Ordinal);
        Assert.Contains("Row 51 has no amount.", import.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Row 52 has no amount.", import.Out, StringComparison.Ordinal);
        Assert.Contains("and 10 more (use --json to see them all)", import.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_terminal_the_import_shows_a_live_progress_bar()
    {
        await using var standIn = await StandInApi.StartAsync(new ImportResponse(2_000, 0, []), exportCsv: string.Empty);
        using var cli = await SignedInToAsync(standIn);
        var file = await WriteCsvAsync(rows: 2_000);

        var import = (await cli.RunAsync(environment => environment with { ErrorIsTerminal = true }, "import", file, "--api", standIn.Address.ToString())).AssertSuccess();

        Assert.Contains("Importing bank.csv", import.Error, StringComparison.Ordinal);
        Assert.Contains("100%", import.Error, StringComparison.Ordinal);
        Assert.Contains("Imported 2,000 expenses", import.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_as_json_writes_the_result_and_no_progress()
    {
        await using var standIn = await StandInApi.StartAsync(new ImportResponse(3, 1, []), exportCsv: string.Empty);
        using var cli = await SignedInToAsync(standIn);
        var file = await WriteCsvAsync(rows: 4);

        var import = (await cli.RunAsync("import", file, "--json", "--api", standIn.Address.ToString())).AssertSuccess();

        var result = import.Json(ExpenseTrackerJsonContext.Default.ImportResponse);
        Assert.Equal(3, result.Imported);
        Assert.Equal(1, result.Duplicates);
        Assert.Empty(result.Errors);
        Assert.Empty(import.Error);
    }

    [Fact]
    public async Task Export_sends_the_filters_and_writes_the_csv_to_the_file_or_to_standard_output()
    {
        const string csv = "date,amount,currency,category,merchant,note,tags\n2026-11-01,4.20,EUR,Food,Bakery,,breakfast\n";
        await using var standIn = await StandInApi.StartAsync(new ImportResponse(0, 0, []), csv);
        using var cli = await SignedInToAsync(standIn);
        var file = Path.Combine(_folder, "food.csv");

        var toFile = (await cli.RunAsync("export", "--from", "2026-11-01", "--category", "food", "--search", "bakery", "--output", file, "--api", standIn.Address.ToString())).AssertSuccess();
        var query = standIn.ExportQuery;
        var toOut = (await cli.RunAsync("export", "--api", standIn.Address.ToString())).AssertSuccess();

        Assert.Equal($"?from=2026-11-01&categoryId={StandInApi.Food.Id}&q=bakery", query);
        Assert.Equal(csv, await File.ReadAllTextAsync(file));
        Assert.Contains($"Exported to {file}.", toFile.Error, StringComparison.Ordinal);
        Assert.Equal(csv, toOut.Out);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<CliUser> SignedInToAsync(StandInApi standIn)
    {
        var cli = new CliUser(api);
        (await cli.RunAsync("login", "--user", "importer", "--api", standIn.Address.ToString())).AssertSuccess();
        return cli;
    }

    private async Task<string> WriteCsvAsync(int rows)
    {
        var csv = new StringBuilder("date,amount,currency,category,merchant,note,tags\n");
        for (var row = 0; row < rows; row++)
        {
            csv.Append("2026-11-01,4.20,EUR,Food,\"Bakery, Main St\",croissant,breakfast|work\n");
        }

        var file = Path.Combine(_folder, "bank.csv");
        await File.WriteAllTextAsync(file, csv.ToString());
        return file;
    }
}
