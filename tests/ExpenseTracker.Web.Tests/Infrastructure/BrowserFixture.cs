using Microsoft.Playwright;

namespace ExpenseTracker.Web.Tests.Infrastructure;

/// <summary>
/// One web app server and one headless Chromium for the whole run; each test opens its own browser context (its own
/// storage, so its own signed-in user). What lacks a requirement does not start, and the tests that need it skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public WebAppServer? Server { get; private set; }

    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Requirements.MissingWebApp is null)
        {
            Server = new WebAppServer();
        }

        if (Requirements.MissingReason is not null)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Requirements.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Skips the calling test, saying why, when the browser tests cannot run here.</summary>
    public (WebAppServer Server, IBrowser Browser) Require()
    {
        if (Requirements.MissingReason is { } reason)
        {
            Console.WriteLine($"Browser tests skipped: {reason}");
            Assert.Skip(reason);
        }

        return (Server!, Browser!);
    }

    /// <summary>Skips the calling test, saying why, when there is no built web app to serve.</summary>
    public WebAppServer RequireServer()
    {
        if (Requirements.MissingWebApp is { } reason)
        {
            Console.WriteLine($"Web app serving tests skipped: {reason}");
            Assert.Skip(reason);
        }

        return Server!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
