using ExpenseTracker.Application.Blobs;
using ExpenseTracker.Blobs.Tests.Infrastructure;

namespace ExpenseTracker.Blobs.Tests;

/// <summary>What every adapter of <see cref="IBlobStorage"/> must do; run on each adapter by a subclass.</summary>
public abstract class BlobStorageContract
{
    protected abstract IBlobStorage Storage { get; }

    private static string ReceiptName(string user) => BlobNames.Receipt(user, Guid.NewGuid(), Guid.NewGuid());

    private static string NewUser() => $"contract-{Guid.NewGuid():N}";

    [Fact]
    public async Task Uploaded_bytes_download_unchanged()
    {
        var name = ReceiptName(NewUser());
        var bytes = ReceiptFiles.Png(300_000);

        await Storage.UploadAsync(name, new MemoryStream(bytes), "image/png", BlobAccess.Frequent, TestContext.Current.CancellationToken);

        await using var download = await Storage.OpenReadAsync(name, TestContext.Current.CancellationToken);
        Assert.NotNull(download);
        Assert.Equal(bytes.Length, download.Size);
        Assert.Equal(bytes, await ReadAllAsync(download.Content));
    }

    [Fact]
    public async Task An_upload_replaces_a_blob_of_the_same_name()
    {
        var name = ReceiptName(NewUser());
        await Storage.UploadAsync(name, new MemoryStream(ReceiptFiles.Png(5000)), "image/png", BlobAccess.Frequent, TestContext.Current.CancellationToken);
        var replacement = ReceiptFiles.Pdf(100);

        await Storage.UploadAsync(name, new MemoryStream(replacement), "application/pdf", BlobAccess.Frequent, TestContext.Current.CancellationToken);

        await using var download = await Storage.OpenReadAsync(name, TestContext.Current.CancellationToken);
        Assert.Equal(replacement, await ReadAllAsync(download!.Content));
    }

    [Fact]
    public async Task A_rarely_read_blob_is_stored_and_read_like_any_other()
    {
        var name = BlobNames.ArchiveMonth(NewUser(), new Domain.YearMonth(2020, 3), Guid.NewGuid());
        var bytes = ReceiptFiles.Pdf(10_000);

        await Storage.UploadAsync(name, new MemoryStream(bytes), "application/gzip", BlobAccess.Rare, TestContext.Current.CancellationToken);

        await using var download = await Storage.OpenReadAsync(name, TestContext.Current.CancellationToken);
        Assert.Equal(bytes, await ReadAllAsync(download!.Content));
    }

    [Fact]
    public async Task A_missing_blob_reads_as_null_and_deletes_as_false()
    {
        var name = ReceiptName(NewUser());

        Assert.Null(await Storage.OpenReadAsync(name, TestContext.Current.CancellationToken));
        Assert.False(await Storage.DeleteAsync(name, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_deleted_blob_is_gone()
    {
        var name = ReceiptName(NewUser());
        await Storage.UploadAsync(name, new MemoryStream(ReceiptFiles.Jpeg()), "image/jpeg", BlobAccess.Frequent, TestContext.Current.CancellationToken);

        Assert.True(await Storage.DeleteAsync(name, TestContext.Current.CancellationToken));

        Assert.Null(await Storage.OpenReadAsync(name, TestContext.Current.CancellationToken));
        Assert.False(await Storage.DeleteAsync(name, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_listing_shows_the_blobs_under_a_prefix_with_their_size_and_age()
    {
        var user = NewUser();
        var other = NewUser();
        var mine = new[] { ReceiptName(user), ReceiptName(user) };
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        foreach (var name in mine.Append(ReceiptName(other)))
        {
            await Storage.UploadAsync(name, new MemoryStream(ReceiptFiles.WebP(1234)), "image/webp", BlobAccess.Frequent, TestContext.Current.CancellationToken);
        }

        var listed = new List<BlobEntry>();
        await foreach (var entry in Storage.ListAsync($"{BlobNames.ReceiptsPrefix}{BlobNames.UserSegment(user)}/", TestContext.Current.CancellationToken))
        {
            listed.Add(entry);
        }

        Assert.Equal(mine.Order(StringComparer.Ordinal), listed.Select(entry => entry.Name).Order(StringComparer.Ordinal));
        Assert.All(listed, entry => Assert.Equal(1234, entry.Size));
        Assert.All(listed, entry => Assert.InRange(entry.LastModified, before, DateTimeOffset.UtcNow.AddMinutes(1)));
    }

    [Fact]
    public async Task A_failed_upload_leaves_no_blob()
    {
        var name = ReceiptName(NewUser());

        await Assert.ThrowsAnyAsync<Exception>(() =>
            Storage.UploadAsync(name, new FailingStream(ReceiptFiles.Png(200_000), failAfter: 100_000), "image/png", BlobAccess.Frequent, TestContext.Current.CancellationToken));

        Assert.Null(await Storage.OpenReadAsync(name, TestContext.Current.CancellationToken));
    }

    private static async Task<byte[]> ReadAllAsync(Stream content)
    {
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>A stream that breaks partway, as a client connection does when it drops.</summary>
    private sealed class FailingStream(byte[] bytes, int failAfter) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            Position >= failAfter ? throw new IOException("The connection dropped.") : base.Read(buffer, offset, (int)Math.Min(count, failAfter - Position));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var chunk = new byte[buffer.Length];
            var read = Read(chunk, 0, chunk.Length);
            chunk.AsSpan(0, read).CopyTo(buffer.Span);
            return ValueTask.FromResult(read);
        }
    }
}
