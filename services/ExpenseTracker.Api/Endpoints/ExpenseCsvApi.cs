using ExpenseTracker.Api.Http;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Transfers;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ExpenseTracker.Api.Endpoints;

public static class ExpenseCsvApi
{
    /// <summary>Bodies up to 50 MiB (a 50,000-row file is one request), plus room for multipart framing.</summary>
    public const long ImportRequestLimit = 51 * 1024 * 1024;

    private static readonly string[] CsvMediaTypes = [ExpenseCsv.MediaType, "application/csv", "text/plain"];

    public static RouteGroupBuilder MapExpenseCsvApi(this RouteGroupBuilder api)
    {
        var expenses = api.MapGroup("/expenses").WithTags("Import and export");
        expenses.MapPost("/import", Import)
            .WithMetadata(new RequestSizeLimitAttribute(ImportRequestLimit))
            .Accepts<string>(ExpenseCsv.MediaType, "multipart/form-data")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithName("ImportExpenses")
            .WithSummary("Import expenses from CSV")
            .WithDescription(
                "Columns date,amount,currency,category,merchant,note,tags (',' or ';' separated, UTF-8, tags separated by '|'). " +
                "Bad rows are reported by line; rows identical (date, amount, currency, merchant) to an existing expense are skipped.");
        expenses.MapGet("/export", Export)
            .Produces<string>(StatusCodes.Status200OK, ExpenseCsv.MediaType)
            .WithName("ExportExpenses")
            .WithSummary("Export expenses as CSV, oldest first, with the list's filters");
        return api;
    }

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> Import(HttpContext context, ExpenseImportService import)
    {
        var userId = context.User.GetUserId();
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType))
        {
            return UnsupportedMediaType();
        }

        try
        {
            if (mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                var file = await FirstFileAsync(context.Request, mediaType);
                if (file is null)
                {
                    return Error.Validation("file", "The multipart body holds no file: send the CSV file in the field 'file'.").ToProblem();
                }

                return ToResult(await import.ImportAsync(userId, file, context.RequestAborted));
            }

            if (CsvMediaTypes.Any(csv => mediaType.MediaType.Equals(csv, StringComparison.OrdinalIgnoreCase)))
            {
                return ToResult(await import.ImportAsync(userId, context.Request.Body, context.RequestAborted));
            }
        }
        catch (InvalidDataException unreadable)
        {
            return Error.Validation("file", $"The multipart body cannot be read: {unreadable.Message}").ToProblem();
        }

        return UnsupportedMediaType();
    }

    private static Results<PushStreamHttpResult, ProblemHttpResult> Export([AsParameters] ExpenseQuery query, HttpContext context, ExpenseExportService export)
    {
        var filter = ExpenseExportService.ParseFilter(query);
        if (!filter.IsSuccess)
        {
            return filter.Error.ToProblem();
        }

        var userId = context.User.GetUserId();
        return TypedResults.Stream(
            output => export.WriteAsync(userId, filter.Value, output, context.RequestAborted),
            $"{ExpenseCsv.MediaType}; charset=utf-8",
            "expenses.csv");
    }

    /// <summary>The body of the first file part (or of the part named 'file'), read as it arrives: nothing is buffered.</summary>
    private static async Task<Stream?> FirstFileAsync(HttpRequest request, MediaTypeHeaderValue mediaType)
    {
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw new InvalidDataException("The multipart boundary is missing.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(request.HttpContext.RequestAborted) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && (disposition.IsFileDisposition() || HeaderUtilities.RemoveQuotes(disposition.Name).Equals("file", StringComparison.Ordinal)))
            {
                return section.Body;
            }
        }

        return null;
    }

    private static Results<Ok<ImportResponse>, ProblemHttpResult> ToResult(Result<ImportResponse> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();

    private static ProblemHttpResult UnsupportedMediaType() =>
        Error.UnsupportedMediaType("Send the CSV file as text/csv or multipart/form-data.", "Other media types are not imported.").ToProblem();
}
