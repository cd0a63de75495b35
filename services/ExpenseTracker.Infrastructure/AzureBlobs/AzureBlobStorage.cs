using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ExpenseTracker.Application.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Infrastructure.AzureBlobs;

/// <summary>
/// Blobs in one Azure Blob Storage container (Azurite locally), created on first use. Archives go to the Cool tier
/// where the account has tiers; where it does not (some emulators, premium accounts) they stay where they are.
/// </summary>
public sealed partial class AzureBlobStorage(BlobServiceClient service, IOptions<BlobStorageOptions> options, ILogger<AzureBlobStorage> logger) : IBlobStorage
{
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(options.Value.ContainerName);
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _containerExists;

    public async Task UploadAsync(string name, Stream content, string contentType, BlobAccess access, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        var blob = _container.GetBlobClient(name);

        // A block blob is committed whole at the end of the upload: a failed upload leaves no blob.
        await blob.UploadAsync(content, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken);
        if (access == BlobAccess.Rare)
        {
            try
            {
                await blob.SetAccessTierAsync(AccessTier.Cool, cancellationToken: cancellationToken);
            }
            catch (RequestFailedException exception)
            {
                LogNoTier(name, exception.ErrorCode ?? exception.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    public async Task<BlobDownload?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var download = await _container.GetBlobClient(name).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return new BlobDownload(download.Value.Content, download.Value.Details.ContentLength);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var deleted = await _container.GetBlobClient(name).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
            return deleted.Value;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return false;
        }
    }

    public async IAsyncEnumerable<BlobEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            yield return new BlobEntry(item.Name, item.Properties.ContentLength ?? 0, item.Properties.LastModified ?? DateTimeOffset.MinValue);
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerExists)
        {
            return;
        }

        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (!_containerExists)
            {
                await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                _containerExists = true;
            }
        }
        finally
        {
            _creating.Release();
        }
    }

    [LoggerMessage(LogLevel.Debug, "Blob {BlobName} stays in its tier: the account refused the Cool tier ({Reason})")]
    private partial void LogNoTier(string blobName, string reason);
}
