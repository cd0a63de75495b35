using ExpenseTracker.AppHost.Hosting;

namespace ExpenseTracker.AppHost.Containers;

/// <summary>Azurite, the Azure Storage emulator, serving blobs only (receipts and the archive).</summary>
internal sealed class AzuriteResource(string name, ParameterResource accountKey) : ContainerResource(name), IResourceWithConnectionString
{
    public const string BlobEndpointName = "blob";
    public const int BlobPort = 10000;

    public ParameterResource AccountKey { get; } = accountKey;

    public EndpointReference BlobEndpoint => new(this, BlobEndpointName);

    public ReferenceExpression ConnectionStringExpression => AzuriteConnection.BlobConnectionString(BlobEndpoint, AccountKey);
}
