using ExpenseTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExpenseTracker.Web.Tests;

public sealed class ImportTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_csv_file_is_previewed_then_imported_with_the_bad_lines_reported_and_a_second_import_adds_nothing()
    {
        var (server, browser) = fixture.Require();
        var file = Path.Combine(Path.GetTempPath(), $"bank-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file,
            "date,amount,currency,category,merchant,note,tags\n" +
            $"{Users.Today},12.50,EUR,Food,Imported Bakery,,morning|bread\n" +
            $"{Users.Today},7,EUR,Transport,Imported Bus,,\n" +
            "not-a-date,3,EUR,,Broken Row,,\n");
        try
        {
            var page = await browser.OpenAsync(server);
            await page.SignInAsync(Users.New("erin"));
            await page.NavigateAsync("Import");
            await page.GetByTestId("import-file").SetInputFilesAsync(file);

            var preview = page.GetByTestId("import-preview");
            await Expect(preview).ToContainTextAsync("3 rows found");
            await Expect(preview).ToContainTextAsync("Imported Bakery");
            await page.ScreenshotAsync("import-preview");
            var import = page.GetByRole(AriaRole.Button, new() { Name = "Import 3 rows" });
            await import.ClickAsync();

            var result = page.GetByTestId("import-result");
            await Expect(result).ToContainTextAsync("2 imported, 0 skipped as duplicates, 1 with errors.");
            var error = page.GetByTestId("import-error");
            await Expect(error).ToHaveCountAsync(1);
            await Expect(error.Locator("td").First).ToHaveTextAsync("4");
            await Expect(error.Locator("td").Last).ToContainTextAsync("yyyy-MM-dd");
            await page.ScreenshotAsync("import-result");

            await import.ClickAsync();
            await Expect(result).ToContainTextAsync("0 imported, 2 skipped as duplicates, 1 with errors.");

            await page.NavigateAsync("Expenses");
            await Expect(page.GetByTestId("expense-row").Filter(new() { HasText = "Imported Bakery" })).ToContainTextAsync("€12.50");
            await Expect(page.GetByTestId("expense-row").Filter(new() { HasText = "Imported Bus" })).ToContainTextAsync("€7.00");
            await Expect(page.GetByTestId("expense-row")).ToHaveCountAsync(2);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
