namespace ExpenseTracker.Api.WebApp;

/// <summary>Where the built web app (frontends/web/dist) is served from.</summary>
public sealed class WebAppOptions
{
    public const string SectionName = "Web";

    /// <summary>
    /// A folder holding the built web app (its index.html). Empty: <c>wwwroot</c> next to the API's binary (filled on
    /// publish), else <c>frontends/web/dist</c> of the source checkout the API runs from.
    /// </summary>
    public string? RootPath { get; set; }

    /// <summary>The folder to serve, or null when there is no built web app to be found.</summary>
    public static string? Resolve(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[$"{SectionName}:{nameof(RootPath)}"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var root = Path.GetFullPath(configured, contentRoot);
            return HasIndex(root) ? root : null;
        }

        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (HasIndex(published))
        {
            return published;
        }

        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var checkout = Path.Combine(folder.FullName, "frontends", "web", "dist");
            if (HasIndex(checkout))
            {
                return checkout;
            }
        }

        return null;
    }

    private static bool HasIndex(string folder) => File.Exists(Path.Combine(folder, "index.html"));
}
