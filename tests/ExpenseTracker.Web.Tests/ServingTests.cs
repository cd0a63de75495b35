using System.Net;
using System.Text.Json;
using ExpenseTracker.Web.Tests.Infrastructure;

namespace ExpenseTracker.Web.Tests;

/// <summary>The API serves the built web app from its own origin, and never in place of its own answers.</summary>
public sealed class ServingTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/expenses")]
    [InlineData("/expenses/0193a0c4-0000-7000-8000-000000000000")]
    [InlineData("/budgets")]
    public async Task Every_page_of_the_app_answers_its_index_html_revalidated(string path)
    {
        using var client = new HttpClient { BaseAddress = fixture.RequireServer().BaseAddress };

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\"></div>", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache, "index.html must be revalidated so that a new version is picked up.");
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/hubs/unknown")]
    [InlineData("/openapi/v2.json")]
    [InlineData("/assets/no-such-bundle.js")]
    [InlineData("/icons/no-such-icon.png")]
    public async Task Server_paths_and_missing_files_stay_404_not_the_app(string path)
    {
        using var client = new HttpClient { BaseAddress = fixture.RequireServer().BaseAddress };

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<div id=\"root\">", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_and_the_platform_endpoints_answer_as_before()
    {
        using var client = new HttpClient { BaseAddress = fixture.RequireServer().BaseAddress };

        Assert.Equal("application/json", (await client.GetAsync("/health")).Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
        Assert.Contains("# TYPE", await client.GetStringAsync("/metrics"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/expenses")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.PatchAsync("/api/v1/expenses/0193a0c4-0000-7000-8000-000000000000", null)).StatusCode);
    }

    [Fact]
    public async Task Hashed_bundles_are_cached_for_a_year_and_the_service_worker_is_revalidated()
    {
        using var client = new HttpClient { BaseAddress = fixture.RequireServer().BaseAddress };
        var bundle = Directory.GetFiles(Path.Combine(Requirements.WebAppDist, "assets"), "*.js").Select(Path.GetFileName).First();

        var asset = await client.GetAsync($"/assets/{bundle}");
        var worker = await client.GetAsync("/sw.js");

        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl?.MaxAge);
        Assert.Equal("text/javascript", worker.Content.Headers.ContentType?.MediaType);
        Assert.True(worker.Headers.CacheControl?.NoCache);
        Assert.Contains($"/assets/{bundle}", await worker.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_client_config_says_the_server_signs_in_locally()
    {
        using var client = new HttpClient { BaseAddress = fixture.RequireServer().BaseAddress };

        var config = JsonDocument.Parse(await client.GetStringAsync("/api/v1/client-config")).RootElement;

        Assert.Equal("local", config.GetProperty("identity").GetString());
    }
}
