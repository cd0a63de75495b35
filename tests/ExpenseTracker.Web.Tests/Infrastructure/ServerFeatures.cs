using System.Net;
using System.Net.Http.Json;

namespace ExpenseTracker.Web.Tests.Infrastructure;

/// <summary>
/// Whether the server under test offers a feature that is built separately from the web app. The browser tests
/// assert the full behaviour where it does, and the web app's plain "not available" state where it does not.
/// </summary>
public static class ServerFeatures
{
    public static async Task<bool> HasReceiptsAsync(WebAppServer server)
    {
        using var api = await server.ApiAsAsync($"probe-{Guid.NewGuid():N}");
        var expense = await api.PostAsJsonAsync("/api/v1/expenses", new { amount = 1, currency = "EUR", date = DateOnly.FromDateTime(DateTime.UtcNow) });
        var id = (await expense.Content.ReadFromJsonAsync<IdOnly>())!.Id;
        using var form = new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Png), "file", "probe.png" } };
        var upload = await api.PostAsync($"/api/v1/expenses/{id}/receipts", form);
        return upload.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed);
    }

    public static async Task<bool> HasImportAsync(WebAppServer server)
    {
        using var api = await server.ApiAsAsync($"probe-{Guid.NewGuid():N}");
        using var body = new StringContent("date,amount,currency\n", System.Text.Encoding.UTF8, "text/csv");
        var response = await api.PostAsync("/api/v1/expenses/import", body);
        return response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed);
    }

    /// <summary>Whether a signed-in GET of <paramref name="path"/> is served at all (anything but 404/405).</summary>
    public static async Task<bool> ServesAsync(WebAppServer server, string path)
    {
        using var api = await server.ApiAsAsync($"probe-{Guid.NewGuid():N}");
        var response = await api.GetAsync(path);
        return response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed);
    }

    private sealed record IdOnly(Guid Id);
}
