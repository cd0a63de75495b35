using ExpenseTracker.Api.Http;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Receipts;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain.Receipts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ExpenseTracker.Api.Endpoints;

public static class ReceiptsApi
{
    public const string FileField = "file";

    /// <summary>The 10 MiB limit is on the file; the request may be a little larger for the multipart framing around it.</summary>
    public const long UploadRequestLimit = Receipt.MaxSize + 64 * 1024;

    public static RouteGroupBuilder MapReceiptsApi(this RouteGroupBuilder api)
    {
        var receipts = api.MapGroup("/expenses/{id:guid}/receipts").WithTags("Receipts");
        receipts.MapPost("", Upload)
            .WithMetadata(new RequestSizeLimitAttribute(UploadRequestLimit))
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithName("AttachReceipt")
            .WithSummary("Attach a receipt to an expense")
            .WithDescription("Multipart, one file in the field 'file', at most 10 MiB: a JPEG, PNG or WebP picture or a PDF, judged by its content.");
        receipts.MapGet("/{receiptId:guid}", Download).WithName("DownloadReceipt").WithSummary("Download a receipt's file");
        receipts.MapDelete("/{receiptId:guid}", Delete).WithName("DeleteReceipt").WithSummary("Remove a receipt");
        return api;
    }

    private static async Task<Results<Created<ReceiptResponse>, ProblemHttpResult>> Upload(
        Guid id, HttpContext context, ExpenseService expenses, ReceiptService receipts)
    {
        var userId = context.User.GetUserId();

        // Another user's expense answers 404 whatever the body, so this is checked before the body is read.
        if (!(await expenses.GetAsync(userId, id, context.RequestAborted)).IsSuccess)
        {
            return Error.NotFound("Expense").ToProblem();
        }

        if (!context.Request.HasFormContentType || !context.Request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return Error.UnsupportedMediaType("A receipt is sent as multipart/form-data.", $"Send one file in the multipart field '{FileField}'.").ToProblem();
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException unreadable)
        {
            return Error.Validation(FileField, $"The multipart body cannot be read: {unreadable.Message}").ToProblem();
        }

        if (form.Files.Count != 1 || form.Files[0].Name != FileField)
        {
            return Error.Validation(FileField, $"Send exactly one file, in the multipart field '{FileField}'.").ToProblem();
        }

        var file = form.Files[0];
        if (file.Length > Receipt.MaxSize)
        {
            return ReceiptService.TooLarge().ToProblem();
        }

        await using var content = file.OpenReadStream();
        var result = await receipts.UploadAsync(userId, id, file.FileName, content, context.RequestAborted);
        return result.IsSuccess
            ? TypedResults.Created($"{ApiEndpoints.Prefix}/expenses/{id}/receipts/{result.Value.Id}", result.Value)
            : result.Error.ToProblem();
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(Guid id, Guid receiptId, HttpContext context, ReceiptService receipts)
    {
        var result = await receipts.OpenAsync(context.User.GetUserId(), id, receiptId, context.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        var (receipt, download) = result.Value;

        // Served as exactly the type its bytes were recognised as; browsers must not guess another.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.ContentLength = download.Size;
        return TypedResults.Stream(download.Content, receipt.ContentType, receipt.FileName);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, Guid receiptId, HttpContext context, ReceiptService receipts)
    {
        var result = await receipts.DeleteAsync(context.User.GetUserId(), id, receiptId, context.RequestAborted);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error.ToProblem();
    }
}
