using ExpenseTracker.AppHost.Hosting;

namespace ExpenseTracker.AppHost.Containers;

/// <summary>Azurite as a container: what Aspire.Hosting.Azure.Storage's emulator does, for blobs only.</summary>
internal static class AzuriteContainerExtensions
{
    public const string Registry = "mcr.microsoft.com";
    public const string Image = "azure-storage/azurite";
    public const string Tag = "3.35.0";

    public static IResourceBuilder<AzuriteResource> AddAzurite(this IDistributedApplicationBuilder builder, string name)
    {
        var storage = new AzuriteResource(name, AzuriteConnection.CreateAccountKey(builder, name));
        return builder.AddResource(storage)
            .WithImage(Image, Tag)
            .WithImageRegistry(Registry)
            .WithIconName("Storage")
            .WithEndpoint(port: null, targetPort: AzuriteResource.BlobPort, name: AzuriteResource.BlobEndpointName, scheme: "http")
            .WithEnvironment(AzuriteConnection.AccountsVariable, AzuriteConnection.Accounts(storage.AccountKey))
            .WithEntrypoint("azurite-blob")
            .WithArgs(
                "--blobHost", "0.0.0.0",
                "--blobPort", AzuriteResource.BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--location", "/data",
                "--skipApiVersionCheck",
                "--disableTelemetry")
            .WithTcpHealthCheckOnEndpoint(AzuriteResource.BlobEndpointName)
            .WithContainerHealthCheck(
                TimeSpan.FromSeconds(10),
                "CMD",
                "node", "-e",
                "require('net').connect(10000, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))");
    }

    public static IResourceBuilder<AzuriteResource> WithDataVolume(this IResourceBuilder<AzuriteResource> builder) =>
        builder.WithDataVolumeAt("/data");

    /// <summary>The blob service, which services reference as their <c>blobs</c> connection string.</summary>
    public static IResourceBuilder<ServerConnectionResource> AddBlobs(this IResourceBuilder<AzuriteResource> builder, string name) =>
        builder.ApplicationBuilder.AddResource(new ServerConnectionResource(name, builder.Resource, builder.Resource.ConnectionStringExpression))
            .WithIconName("Folder")
            .WithParentRelationship(builder.Resource);
}
