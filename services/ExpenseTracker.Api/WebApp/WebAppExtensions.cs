using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace ExpenseTracker.Api.WebApp;

public static partial class WebAppExtensions
{
    /// <summary>
    /// Serves the built web app from the same origin as the API: its files, and its index.html for every client
    /// route. Hashed bundles are cached for a year; the page, the service worker and the manifest are revalidated.
    /// </summary>
    public static WebApplication UseWebApp(this WebApplication app)
    {
        var root = WebAppOptions.Resolve(app.Configuration, app.Environment.ContentRootPath);
        if (root is null)
        {
            LogNoWebApp(app.Logger);
            app.MapGet("/", () => TypedResults.Text(
                    "ExpenseTracker API is running. The web app is not built here: run `npm ci && npm run build` in frontends/web " +
                    "(or set Web:RootPath). The API reference is at /api-docs.\n"))
                .ExcludeFromDescription();
            return app;
        }

        LogServingWebApp(app.Logger, root);
        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => SetCaching(context.Context.Response, context.Context.Request.Path),
        });

        // After routing, before endpoints: a request no endpoint matched (not even as a 405) that names a page of the
        // web app gets its index.html, and the web app's router takes it from there.
        var index = files.GetFileInfo("index.html");
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is null
                && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                && ClientRoutes.IsClientRoute(context.Request.Path))
            {
                SetCaching(context.Response, "/index.html");
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.ContentLength = index.Length;
                if (HttpMethods.IsGet(context.Request.Method))
                {
                    await context.Response.SendFileAsync(index, context.RequestAborted);
                }

                return;
            }

            await next(context);
        });
        return app;
    }

    private static void SetCaching(HttpResponse response, PathString path)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = path.StartsWithSegments("/assets")
            ? "public, max-age=31536000, immutable"
            : "no-cache";
    }

    [LoggerMessage(LogLevel.Information, "Serving the web app from {Root}")]
    private static partial void LogServingWebApp(ILogger logger, string root);

    [LoggerMessage(LogLevel.Information, "No built web app found (Web:RootPath, wwwroot or frontends/web/dist): serving the API only")]
    private static partial void LogNoWebApp(ILogger logger);
}
