using System.Net;
using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;
using Refit;

namespace ExpenseTracker.Client.Tests.Client;

public sealed class ReceiptsClientTests(SharedApi api)
{
    /// <summary>The API's limit on one receipt file (10 MiB).</summary>
    private const int MaxReceiptSize = 10 * 1024 * 1024;

    [Fact]
    public async Task A_receipt_is_attached_listed_on_its_expense_downloaded_byte_for_byte_and_removed()
    {
        await using var client = ClientScope.SignedIn(api);
        var expense = await client.Api.CreateExpenseAsync(Expenses.Request());
        var png = ReceiptFiles.Png(50_000);

        var attached = await client.Api.Receipts.AttachAsync(expense.Id, Part(png, "till.png", "image/png"));
        var (withReceipt, _) = await client.Api.Expenses.GetAsync(expense.Id).WithETagAsync();
        byte[] downloaded;
        string? contentType;
        using (var download = await client.Api.Receipts.DownloadAsync(expense.Id, attached.Id))
        {
            downloaded = await download.ReadAsByteArrayAsync();
            contentType = download.Headers.ContentType?.MediaType;
        }

        await client.Api.Receipts.DeleteAsync(expense.Id, attached.Id);

        Assert.Equal("till.png", attached.FileName);
        Assert.Equal("image/png", attached.ContentType);
        Assert.Equal(png.Length, attached.Size);
        Assert.Equal([attached], withReceipt.Receipts);
        Assert.Equal(png, downloaded);
        Assert.Equal("image/png", contentType);
        var gone = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => client.Api.Receipts.DownloadAsync(expense.Id, attached.Id));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Empty((await client.Api.Expenses.GetAsync(expense.Id).WithETagAsync()).Value.Receipts);
    }

    [Fact]
    public async Task A_receipt_is_judged_by_its_content_not_by_the_name_or_type_it_is_sent_with()
    {
        await using var client = ClientScope.SignedIn(api);
        var expense = await client.Api.CreateExpenseAsync(Expenses.Request());

        var pdf = await client.Api.Receipts.AttachAsync(expense.Id, Part(ReceiptFiles.Pdf(4096), "scan.jpg", "image/jpeg"));
        var text = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() =>
            client.Api.Receipts.AttachAsync(expense.Id, Part(ReceiptFiles.Text(), "till.png", "image/png")));

        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(text.Title));
        Assert.Equal([pdf], (await client.Api.Expenses.GetAsync(expense.Id).WithETagAsync()).Value.Receipts);
    }

    [Fact]
    public async Task A_receipt_one_byte_over_10_MiB_answers_413_and_is_not_kept()
    {
        await using var client = ClientScope.SignedIn(api);
        var expense = await client.Api.CreateExpenseAsync(Expenses.Request());

        var tooLarge = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() =>
            client.Api.Receipts.AttachAsync(expense.Id, Part(ReceiptFiles.Png(MaxReceiptSize + 1), "huge.png", "image/png")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(tooLarge.Title));
        Assert.Empty((await client.Api.Expenses.GetAsync(expense.Id).WithETagAsync()).Value.Receipts);
    }

    [Fact]
    public async Task Another_users_expense_and_receipt_answer_404_and_stay_as_they_were()
    {
        await using var alice = ClientScope.SignedIn(api);
        await using var bob = ClientScope.SignedIn(api);
        var expense = await alice.Api.CreateExpenseAsync(Expenses.Request());
        var png = ReceiptFiles.Png(4096);
        var receipt = await alice.Api.Receipts.AttachAsync(expense.Id, Part(png, "till.png", "image/png"));

        var download = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => bob.Api.Receipts.DownloadAsync(expense.Id, receipt.Id));
        var delete = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => bob.Api.Receipts.DeleteAsync(expense.Id, receipt.Id));
        var attach = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() =>
            bob.Api.Receipts.AttachAsync(expense.Id, Part(ReceiptFiles.Png(4096), "mine.png", "image/png")));

        Assert.All([download, delete, attach], refused => Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode));
        Assert.Equal([receipt], (await alice.Api.Expenses.GetAsync(expense.Id).WithETagAsync()).Value.Receipts);
        using var kept = await alice.Api.Receipts.DownloadAsync(expense.Id, receipt.Id);
        Assert.Equal(png, await kept.ReadAsByteArrayAsync());
    }

    private static StreamPart Part(byte[] content, string fileName, string contentType) => new(new MemoryStream(content), fileName, contentType);
}
