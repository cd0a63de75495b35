using ExpenseTracker.Blobs.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(BlobBackends))]

// Orphan sweeps look at every blob of an API, so tests of one API must not upload while another sweeps.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]

namespace ExpenseTracker.Blobs.Tests.Infrastructure;

/// <summary>
/// The two blob backends for the whole run: a real Azurite server, and the API twice, in standalone mode, once
/// with its blobs in a folder and once in Azurite (<c>ConnectionStrings:blobs</c>).
/// </summary>
public sealed class BlobBackends : IAsyncLifetime
{
    private AzuriteServer? _azurite;

    public AzuriteServer Azurite => _azurite ?? throw new InvalidOperationException("Azurite is not started.");

    public ApiHost FolderApi { get; private set; } = null!;

    public ApiHost AzuriteApi { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        FolderApi = new ApiHost();
        AzuriteApi = new ApiHost(new Dictionary<string, string?> { ["ConnectionStrings:blobs"] = _azurite.ConnectionString });
    }

    public async ValueTask DisposeAsync()
    {
        await FolderApi.DisposeAsync();
        await AzuriteApi.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
