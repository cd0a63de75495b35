using ExpenseTracker.Api.WebApp;
using Microsoft.Extensions.Configuration;

namespace ExpenseTracker.Web.Tests;

public sealed class WebAppOptionsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("expensetracker-webroot-").FullName;

    [Fact]
    public void A_configured_folder_with_an_index_is_served()
    {
        var built = Built("custom");

        Assert.Equal(built, WebAppOptions.Resolve(Settings(("Web:RootPath", built)), _root));
    }

    [Fact]
    public void A_configured_folder_without_an_index_serves_nothing_rather_than_a_surprise()
    {
        Built(Path.Combine("checkout", "frontends", "web", "dist"));

        Assert.Null(WebAppOptions.Resolve(Settings(("Web:RootPath", Path.Combine(_root, "empty"))), Path.Combine(_root, "checkout", "services", "api")));
    }

    [Fact]
    public void Without_configuration_the_dist_folder_of_the_checkout_is_found_from_the_api_folder()
    {
        var dist = Built(Path.Combine("checkout", "frontends", "web", "dist"));
        var api = Directory.CreateDirectory(Path.Combine(_root, "checkout", "services", "ExpenseTracker.Api")).FullName;

        Assert.Equal(dist, WebAppOptions.Resolve(Settings(), api));
    }

    [Fact]
    public void A_relative_root_path_is_taken_from_the_content_root()
    {
        var built = Built(Path.Combine("app", "site"));

        Assert.Equal(built, WebAppOptions.Resolve(Settings(("Web:RootPath", "site")), Path.Combine(_root, "app")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Built(string relative)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, relative)).FullName;
        File.WriteAllText(Path.Combine(folder, "index.html"), "<!doctype html>");
        return folder;
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
