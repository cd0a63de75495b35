using Azure.Storage.Blobs;
using ExpenseTracker.Application.Blobs;
using ExpenseTracker.Blobs.Tests.Infrastructure;
using ExpenseTracker.Infrastructure;
using ExpenseTracker.Infrastructure.AzureBlobs;
using ExpenseTracker.Infrastructure.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Blobs.Tests;

/// <summary>The blob storage contract on a folder of a temporary data directory.</summary>
public sealed class FolderBlobStorageTests : BlobStorageContract
{
    protected override IBlobStorage Storage { get; } = new FolderBlobStorage(
        Options.Create(new StorageOptions { DataDirectory = Path.Combine(Path.GetTempPath(), "expensetracker-tests", Guid.NewGuid().ToString("N")) }),
        Options.Create(new BlobStorageOptions()));

    [Fact]
    public async Task A_name_the_application_did_not_make_never_becomes_a_path()
    {
        foreach (var name in new[] { "../outside", "receipts/../../outside", "/etc/passwd", "receipts/./x", "receipts//x", "receipts/.hidden" })
        {
            await Assert.ThrowsAsync<ArgumentException>(() => Storage.OpenReadAsync(name, TestContext.Current.CancellationToken));
        }
    }
}

/// <summary>The blob storage contract on Azure Blob Storage, played by a real Azurite.</summary>
public sealed class AzureBlobStorageTests(BlobBackends backends) : BlobStorageContract
{
    protected override IBlobStorage Storage { get; } = new AzureBlobStorage(
        new BlobServiceClient(backends.Azurite.ConnectionString),
        Options.Create(new BlobStorageOptions { ContainerName = $"contract-{Guid.NewGuid():N}" }),
        NullLogger<AzureBlobStorage>.Instance);
}
