using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ExpenseTracker.Application.Blobs;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Infrastructure.Blobs;

/// <summary>
/// Blobs as files under <c>{Storage:DataDirectory}/blobs/{container}</c>, for the standalone mode. A blob name's
/// segments become folders; a write goes to a temporary file first and is moved into place when complete, so a
/// reader never sees half a blob and a failed write leaves none.
/// </summary>
public sealed partial class FolderBlobStorage : IBlobStorage
{
    private const string PartialFolder = ".partial";

    public FolderBlobStorage(IOptions<StorageOptions> storage, IOptions<BlobStorageOptions> blobs)
    {
        Root = Path.Combine(storage.Value.EnsureDataDirectory(), "blobs", blobs.Value.ContainerName);
        Directory.CreateDirectory(Path.Combine(Root, PartialFolder));
    }

    public string Root { get; }

    public async Task UploadAsync(string name, Stream content, string contentType, BlobAccess access, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        var partial = Path.Combine(Root, PartialFolder, Guid.NewGuid().ToString("N"));
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public Task<BlobDownload?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var file = new FileStream(PathOf(name), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous);
            return Task.FromResult<BlobDownload?>(new BlobDownload(file, file.Length));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<BlobDownload?>(null);
        }
    }

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    public async IAsyncEnumerable<BlobEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var folder = prefix.LastIndexOf('/') is var slash and >= 0 ? Path.Combine(Root, prefix[..slash]) : Root;
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (name.StartsWith(PartialFolder + "/", StringComparison.Ordinal) || !name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var info = new FileInfo(path);
            if (info.Exists)
            {
                yield return new BlobEntry(name, info.Length, info.LastWriteTimeUtc);
            }
        }

        await Task.CompletedTask;
    }

    /// <summary>The file of a blob. Names are made by <see cref="BlobNames"/>; anything else is refused rather than trusted.</summary>
    private string PathOf(string name)
    {
        var segments = name.Split('/');
        if (segments.Length == 0 || !segments.All(segment => SafeSegment().IsMatch(segment)))
        {
            throw new ArgumentException($"'{name}' is not a blob name this application makes.", nameof(name));
        }

        return Path.Combine([Root, .. segments]);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$")]
    private static partial Regex SafeSegment();
}
