namespace ExpenseTracker.Web.Tests.Infrastructure;

/// <summary>
/// The API in standalone mode serving the built web app from the same origin, on a free loopback port, as a browser
/// reaches it in production.
/// </summary>
public sealed class WebAppServer() : ApiHost(new Dictionary<string, string?> { ["Web:RootPath"] = Requirements.WebAppDist })
{
    /// <summary>The server by the name "localhost": a secure context, so the service worker registers as it does on a real HTTPS origin.</summary>
    public Uri BaseAddress => new($"http://localhost:{Address.Port}/");

    /// <summary>The typed client signed in as <paramref name="user"/>, to arrange data or act as another device without clicking.</summary>
    public TypedClient ApiAs(string user) => TypedClient.SignedIn(BaseAddress, user);
}
