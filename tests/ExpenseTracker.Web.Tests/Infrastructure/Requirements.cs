namespace ExpenseTracker.Web.Tests.Infrastructure;

/// <summary>What the browser tests need from the machine and the checkout, and why they skip without it.</summary>
public static class Requirements
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string RepositoryRoot => Checkout.Root;

    public static string WebAppDist => Path.Combine(RepositoryRoot, "frontends", "web", "dist");

    public static string AxeScript => Path.Combine(RepositoryRoot, "frontends", "web", "node_modules", "axe-core", "axe.min.js");

    public static string ScreenshotFolder => Path.Combine(RepositoryRoot, "frontends", "web", "test-results", "screens");

    /// <summary>Null when the built web app is there to serve; otherwise how to build it.</summary>
    public static string? MissingWebApp =>
        File.Exists(Path.Combine(WebAppDist, "index.html"))
            ? null
            : "The web app is not built (run `npm ci && npm run build` in frontends/web; ./test.sh does it).";

    /// <summary>Null when the browser tests can run; otherwise what is missing and how to get it.</summary>
    public static string? MissingReason
    {
        get
        {
            if (!File.Exists(Chromium))
            {
                return $"Chromium is not installed at {Chromium} (apt-get install chromium; ./test.sh does it).";
            }

            if (MissingWebApp is { } webApp)
            {
                return webApp;
            }

            return File.Exists(AxeScript) ? null : "axe-core is not installed (run `npm ci` in frontends/web; ./test.sh does it).";
        }
    }

    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } custom ? custom : ChromiumPath;
}
