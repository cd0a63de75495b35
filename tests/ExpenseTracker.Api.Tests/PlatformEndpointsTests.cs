using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExpenseTracker.Api.Tests.Infrastructure;

namespace ExpenseTracker.Api.Tests;

public sealed class PlatformEndpointsTests(SharedApi api)
{
    private static readonly JsonSerializerOptions IndentedReadable = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Health_reports_the_store()
    {
        var response = await api.CreateClient().GetAsync("/health");

        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("expensedb").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Alive_answers_without_sign_in() =>
        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/alive")).StatusCode);

    [Fact]
    public async Task Metrics_are_exposed_for_prometheus()
    {
        var client = await api.NewUserClientAsync();
        await client.GetAsync("/api/v1/categories");

        var metrics = await api.CreateClient().GetStringAsync("/metrics");

        Assert.Contains("http_server_request_duration_seconds", metrics);
    }

    [Fact]
    public async Task The_web_apps_copy_of_the_openapi_document_is_the_one_the_API_serves()
    {
        var served = JsonNode.Parse(await api.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();
        served.Remove("servers"); // the address this request came in on, not part of the API
        var committedPath = Checkout.Combine("frontends", "web", "openapi", "v1.json");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(committedPath, TestContext.Current.CancellationToken));

        if (!JsonNode.DeepEquals(served, committed))
        {
            var receivedPath = Path.ChangeExtension(committedPath, ".received.json");
            await File.WriteAllTextAsync(receivedPath, served.ToJsonString(IndentedReadable) + "\n", TestContext.Current.CancellationToken);
            Assert.Fail($"The API's OpenAPI document changed. Review {receivedPath}, move it over {committedPath}, then run `npm run api:types` in frontends/web.");
        }
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_group()
    {
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();

        Assert.Contains("/api/v1/expenses", paths);
        Assert.Contains("/api/v1/expenses/{id}", paths);
        Assert.Contains("/api/v1/categories/{id}", paths);
        Assert.Contains("/api/v1/budgets/{categoryId}", paths);
        Assert.Contains("/api/v1/reports/monthly", paths);
        Assert.Contains("/api/v1/reports/trend", paths);
        Assert.Contains("/api/v1/me/settings", paths);
        Assert.Contains("/api/v1/dev/token", paths);
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task The_interactive_api_page_is_served()
    {
        var page = await api.CreateClient().GetAsync("/api-docs/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.MediaType);
    }
}
