using ExpenseTracker.Blobs.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(BlobBackends))]

// Orphan sweeps look at every blob of an API, so tests of one API must not upload while another sweeps.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]

namespace ExpenseTracker.Blobs.Tests.Infrastructure;

/// <summary>
/// The two blob backends for the whole run: a real Azurite server, and the API twice, in standalone mode, once
/// with its blobs in a folder and once in Azurite (<c>ConnectionStrings:blobs</c>). Where Azurite is not installed,
/// the folder tests run and every test that touches Azurite skips, saying so.
/// </summary>
public sealed class BlobBackends : IAsyncLifetime
{
    private readonly string? _azuriteMissing = InstalledServers.MissingReason(InstalledServers.Azurite);
    private AzuriteServer? _azurite;
    private ApiHost? _azuriteApi;

    public AzuriteServer Azurite
    {
        get
        {
            InstalledServers.SkipIf(_azuriteMissing);
            return _azurite ?? throw new InvalidOperationException("Azurite is not started.");
        }
    }

    public ApiHost FolderApi { get; } = new();

    public ApiHost AzuriteApi
    {
        get
        {
            InstalledServers.SkipIf(_azuriteMissing);
            return _azuriteApi ?? throw new InvalidOperationException("Azurite is not started.");
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (_azuriteMissing is null)
        {
            _azurite = await AzuriteServer.StartAsync();
            _azuriteApi = new ApiHost(new Dictionary<string, string?> { ["ConnectionStrings:blobs"] = _azurite.ConnectionString });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await FolderApi.DisposeAsync();
        if (_azuriteApi is not null)
        {
            await _azuriteApi.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
