using System.Net;
using System.Net.Http.Json;
using ExpenseTracker.Application.Blobs;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Receipts;
using ExpenseTracker.Blobs.Tests.Infrastructure;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain.Receipts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ExpenseTracker.Blobs.Tests;

/// <summary>Receipts through the HTTP API, run against each blob backend by a subclass.</summary>
public abstract class ReceiptsApiContract
{
    private readonly Dictionary<HttpClient, string> _users = [];

    protected abstract ApiHost Api { get; }

    private IBlobStorage Blobs => Api.Services.GetRequiredService<IBlobStorage>();

    [Fact]
    public async Task A_receipt_downloads_as_the_bytes_and_type_it_was_uploaded_with()
    {
        var (client, expense) = await ExpenseOfNewUserAsync();
        var bytes = ReceiptFiles.Png(250_000);

        var uploaded = await client.PostAsync(ReceiptsOf(expense), ReceiptFiles.Form(bytes, "till slip.png", "application/octet-stream"));

        var receipt = await uploaded.ReadAsync<ReceiptResponse>(HttpStatusCode.Created);
        Assert.Equal(new ReceiptResponse(receipt.Id, "till slip.png", "image/png", bytes.Length), receipt);
        Assert.Equal($"/api/v1/expenses/{expense.Id}/receipts/{receipt.Id}", uploaded.Headers.Location?.OriginalString);

        var download = await client.GetAsync(uploaded.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());

        var listed = await (await client.GetAsync($"/api/v1/expenses/{expense.Id}")).ReadAsync<ExpenseResponse>();
        Assert.Equal([receipt], listed.Receipts);
        Assert.Equal([receipt], (await client.ListExpensesAsync()).Items.Single().Receipts);
    }

    [Theory]
    [InlineData("jpeg", "image/jpeg")]
    [InlineData("webp", "image/webp")]
    [InlineData("pdf", "application/pdf")]
    public async Task Each_accepted_kind_is_recognised_by_its_content_whatever_its_name(string kind, string expected)
    {
        var (client, expense) = await ExpenseOfNewUserAsync();
        var bytes = kind switch { "jpeg" => ReceiptFiles.Jpeg(), "webp" => ReceiptFiles.WebP(), _ => ReceiptFiles.Pdf() };

        var uploaded = await client.PostAsync(ReceiptsOf(expense), ReceiptFiles.Form(bytes, "scan.txt", "text/plain"));

        Assert.Equal(expected, (await uploaded.ReadAsync<ReceiptResponse>(HttpStatusCode.Created)).ContentType);
    }

    [Theory]
    [InlineData("elf", "photo.jpg", "image/jpeg")]
    [InlineData("exe", "receipt.png", "image/png")]
    [InlineData("html", "receipt.jpg", "image/jpeg")]
    [InlineData("html", "invoice.pdf", "application/pdf")]
    public async Task A_file_that_is_not_a_picture_or_pdf_is_refused_whatever_its_name(string kind, string fileName, string declaredType)
    {
        var (client, expense) = await ExpenseOfNewUserAsync();
        var bytes = kind switch { "elf" => ReceiptFiles.Elf(), "exe" => ReceiptFiles.WindowsExecutable(), _ => ReceiptFiles.Html() };

        var refused = await client.PostAsync(ReceiptsOf(expense), ReceiptFiles.Form(bytes, fileName, declaredType));

        await refused.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Empty((await ReadExpenseAsync(client, expense)).Receipts);
        Assert.Empty(await BlobsOfAsync(client, expense));
    }

    [Fact]
    public async Task A_file_of_exactly_10_MiB_is_kept_and_one_byte_more_is_refused()
    {
        var (client, expense) = await ExpenseOfNewUserAsync();

        var largest = await client.PostAsync(ReceiptsOf(expense), ReceiptFiles.Form(ReceiptFiles.Pdf((int)Receipt.MaxSize), "big.pdf", "application/pdf"));
        var tooLarge = await client.PostAsync(ReceiptsOf(expense), ReceiptFiles.Form(ReceiptFiles.Pdf((int)Receipt.MaxSize + 1), "bigger.pdf", "application/pdf"));

        Assert.Equal(Receipt.MaxSize, (await largest.ReadAsync<ReceiptResponse>(HttpStatusCode.Created)).Size);
        await tooLarge.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Single((await ReadExpenseAsync(client, expense)).Receipts);
    }

    [Fact]
    public async Task A_body_far_over_the_limit_is_refused_with_413()
    {
        var (client, expense) = await ExpenseOfNewUserAsync();

        // With Expect: 100-continue the server can refuse before the body is sent, so the client reads the answer
        // instead of finding the connection closed under a body it is still sending.
        using var request = new HttpRequestMessage(HttpMethod.Post, ReceiptsOf(expense)) { Content = ReceiptFiles.Form(ReceiptFiles.Png(12 * 1024 * 1024), "huge.png", "image/png") };
        request.Headers.ExpectContinue = true;
        var refused = await client.SendAsync(request, TestContext.Current.CancellationToken);

        await refused.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty((await ReadExpenseAsync(client, expense)).Receipts);
    }

    [Fact]
    public async Task Only_one_file_in_the_field_file_and_only_multipart_are_accepted()
    {
        var (client, expense) = await ExpenseOfNewUserAsync();
        var two = ReceiptFiles.Form(ReceiptFiles.Png(), "a.png", "image/png");
        two.Add(new ByteArrayContent(ReceiptFiles.Png()), "file", "b.png");

        await (await client.PostAsync(ReceiptsOf(expense), two)).AssertFieldErrorAsync("file");
        await (await client.PostAsync(ReceiptsOf(expense), ReceiptFiles.Form(ReceiptFiles.Png(), "a.png", "image/png", field: "picture"))).AssertFieldErrorAsync("file");
        await (await client.PostAsync(ReceiptsOf(expense), new ByteArrayContent(ReceiptFiles.Png()))).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Empty((await ReadExpenseAsync(client, expense)).Receipts);
    }

    [Fact]
    public async Task Another_users_receipt_answers_404_to_every_request()
    {
        var (owner, expense) = await ExpenseOfNewUserAsync();
        var receipt = await UploadAsync(owner, expense);
        var stranger = await Api.NewUserClientAsync("stranger");

        await (await stranger.GetAsync($"{ReceiptsOf(expense)}/{receipt.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.DeleteAsync($"{ReceiptsOf(expense)}/{receipt.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsync(ReceiptsOf(expense), ReceiptFiles.Form(ReceiptFiles.Png(), "mine.png", "image/png"))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsync(ReceiptsOf(expense), ReceiptFiles.Form(ReceiptFiles.Html(), "x.jpg", "image/jpeg"))).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"{ReceiptsOf(expense)}/{receipt.Id}")).StatusCode);
        Assert.Single((await ReadExpenseAsync(owner, expense)).Receipts);
    }

    [Fact]
    public async Task A_deleted_receipt_is_gone_with_its_blob()
    {
        var (client, expense) = await ExpenseOfNewUserAsync();
        var kept = await UploadAsync(client, expense);
        var removed = await UploadAsync(client, expense);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{ReceiptsOf(expense)}/{removed.Id}")).StatusCode);

        await (await client.GetAsync($"{ReceiptsOf(expense)}/{removed.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync($"{ReceiptsOf(expense)}/{removed.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal([kept], (await ReadExpenseAsync(client, expense)).Receipts);
        Assert.Single(await BlobsOfAsync(client, expense));
    }

    [Fact]
    public async Task Deleting_an_expense_deletes_its_receipts()
    {
        var (client, expense) = await ExpenseOfNewUserAsync();
        await UploadAsync(client, expense);
        await UploadAsync(client, expense);
        Assert.Equal(2, (await BlobsOfAsync(client, expense)).Count);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/expenses/{expense.Id}")).StatusCode);

        Assert.Empty(await BlobsOfAsync(client, expense));
    }

    [Fact]
    public async Task A_blob_whose_row_cannot_be_written_is_removed_at_once()
    {
        var (client, expense) = await ExpenseOfNewUserAsync();
        await using var scope = Api.Services.CreateAsyncScope();
        var failingRows = new ReceiptService(
            new FailingReceiptStore(),
            scope.ServiceProvider.GetRequiredService<IExpenseStore>(),
            Blobs,
            TimeProvider.System,
            NullLogger<ReceiptService>.Instance);

        var userId = await UserIdAsync(client);
        await Assert.ThrowsAsync<IOException>(() =>
            failingRows.UploadAsync(userId, expense.Id, "a.png", new MemoryStream(ReceiptFiles.Png()), TestContext.Current.CancellationToken));

        Assert.Empty(await BlobsOfAsync(client, expense));
    }

    [Fact]
    public async Task The_sweeper_removes_old_blobs_without_a_row_and_keeps_the_others()
    {
        var (client, expense) = await ExpenseOfNewUserAsync();
        var kept = await UploadAsync(client, expense);
        var userId = await UserIdAsync(client);
        var orphan = BlobNames.Receipt(userId, expense.Id, Guid.NewGuid());
        await Blobs.UploadAsync(orphan, new MemoryStream(ReceiptFiles.Png()), "image/png", BlobAccess.Frequent, TestContext.Current.CancellationToken);

        Assert.Equal(0, await SweepAsync(DateTimeOffset.UtcNow));
        Assert.Equal(2, (await BlobsOfAsync(client, expense)).Count);

        Assert.Equal(1, await SweepAsync(DateTimeOffset.UtcNow.AddHours(2)));

        Assert.Equal([BlobNames.Receipt(userId, expense.Id, kept.Id)], await BlobsOfAsync(client, expense));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{ReceiptsOf(expense)}/{kept.Id}")).StatusCode);
    }

    private async Task<int> SweepAsync(DateTimeOffset now)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var sweeper = ActivatorUtilities.CreateInstance<OrphanBlobSweeper>(scope.ServiceProvider, new FakeTimeProvider(now), Options.Create(new BlobStorageOptions()));
        return await sweeper.SweepAsync(TestContext.Current.CancellationToken);
    }

    private async Task<(HttpClient Client, ExpenseResponse Expense)> ExpenseOfNewUserAsync()
    {
        var user = await TestUser.NewAsync(Api, "receipts");
        _users[user.Client] = user.UserId;
        return (user.Client, await user.Client.CreateExpenseAsync(23.40m, "EUR"));
    }

    private static string ReceiptsOf(ExpenseResponse expense) => $"/api/v1/expenses/{expense.Id}/receipts";

    private static async Task<ReceiptResponse> UploadAsync(HttpClient client, ExpenseResponse expense) =>
        await (await client.PostAsync(ReceiptsOf(expense), ReceiptFiles.Form(ReceiptFiles.Png(), "slip.png", "image/png"))).ReadAsync<ReceiptResponse>(HttpStatusCode.Created);

    private static async Task<ExpenseResponse> ReadExpenseAsync(HttpClient client, ExpenseResponse expense) =>
        await (await client.GetAsync($"/api/v1/expenses/{expense.Id}")).ReadAsync<ExpenseResponse>();

    private async Task<List<string>> BlobsOfAsync(HttpClient client, ExpenseResponse expense)
    {
        var prefix = $"{BlobNames.ReceiptsPrefix}{BlobNames.UserSegment(await UserIdAsync(client))}/{expense.Id:D}/";
        var names = new List<string>();
        await foreach (var blob in Blobs.ListAsync(prefix, TestContext.Current.CancellationToken))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    private Task<string> UserIdAsync(HttpClient client) => Task.FromResult(_users[client]);

    private sealed class FailingReceiptStore : IReceiptStore
    {
        public Task<bool> AddAsync(Receipt receipt, CancellationToken cancellationToken) => throw new IOException("The database is gone.");

        public Task<Receipt?> FindAsync(string userId, Guid expenseId, Guid receiptId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyDictionary<Guid, IReadOnlyList<Receipt>>> ListByExpenseAsync(string userId, IReadOnlyCollection<Guid> expenseIds, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<bool> DeleteAsync(string userId, Guid expenseId, Guid receiptId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlySet<Guid>> FindKnownAsync(IReadOnlyCollection<Guid> receiptIds, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}

public sealed class FolderReceiptsTests(BlobBackends backends) : ReceiptsApiContract
{
    protected override ApiHost Api => backends.FolderApi;
}

public sealed class AzuriteReceiptsTests(BlobBackends backends) : ReceiptsApiContract
{
    protected override ApiHost Api => backends.AzuriteApi;
}
