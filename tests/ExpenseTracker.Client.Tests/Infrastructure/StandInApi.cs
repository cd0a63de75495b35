using System.Text.Json;
using ExpenseTracker.Client.Serialization;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.Client.Tests.Infrastructure;

/// <summary>
/// A stand-in for the import and export endpoints: it serves over real HTTP the sign-in, categories, import and export
/// the command line calls, records exactly what it received (bytes, content type, token, query), and answers what the
/// test gives. It tests the command line's side (streaming, progress, output, exit codes), not the API's.
/// </summary>
public sealed class StandInApi : IAsyncDisposable
{
    public static readonly CategoryResponse Food = new(Guid.Parse("6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b"), "Food", "#e07a5f");

    private readonly WebApplication _app;

    private StandInApi(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public byte[]? ImportedBody { get; private set; }

    public string? ImportedContentType { get; private set; }

    public string? ImportAuthorization { get; private set; }

    public string? ExportQuery { get; private set; }

    public static async Task<StandInApi> StartAsync(ImportResponse importAnswer, string exportCsv)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new StandInApi(app);

        app.MapPost("/api/v1/dev/token", () => Json(new DevTokenResponse("stand-in-token", "Bearer", 3600), ExpenseTrackerJsonContext.Default.DevTokenResponse));
        app.MapGet("/api/v1/categories", () => Json<IReadOnlyList<CategoryResponse>>([Food], ExpenseTrackerJsonContext.Default.IReadOnlyListCategoryResponse));
        app.MapPost("/api/v1/expenses/import", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            standIn.ImportedBody = body.ToArray();
            standIn.ImportedContentType = request.ContentType;
            standIn.ImportAuthorization = request.Headers.Authorization;
            return Json(importAnswer, ExpenseTrackerJsonContext.Default.ImportResponse);
        });
        app.MapGet("/api/v1/expenses/export", (HttpRequest request) =>
        {
            standIn.ExportQuery = request.QueryString.Value;
            return Results.Text(exportCsv, "text/csv");
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.Address = new Uri(address);
        return standIn;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static IResult Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        Results.Text(JsonSerializer.Serialize(value, type), "application/json");
}
