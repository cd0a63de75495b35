using ExpenseTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExpenseTracker.Web.Tests;

public sealed class ImportTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_csv_file_is_previewed_then_imported_with_the_bad_lines_reported()
    {
        var (server, browser) = fixture.Require();
        var serverImports = await ServerFeatures.HasImportAsync(server);
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
            await page.GetByRole(AriaRole.Button, new() { Name = "Import 3 rows" }).ClickAsync();

            if (serverImports)
            {
                await Expect(page.GetByTestId("import-result")).ToContainTextAsync("2 imported");
                await Expect(page.GetByTestId("import-error")).ToContainTextAsync("4");
                await page.ScreenshotAsync("import-result");
                await page.NavigateAsync("Expenses");
                await Expect(page.GetByTestId("expense-row").Filter(new() { HasText = "Imported Bakery" })).ToContainTextAsync("€12.50");
            }
            else
            {
                await Expect(page.GetByTestId("not-available")).ToContainTextAsync("does not offer CSV import");
                await page.ScreenshotAsync("import-not-available");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
