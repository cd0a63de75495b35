using System.Globalization;
using ExpenseTracker.AppHost.Hosting;
using ExpenseTracker.LocalServers;
using ExpenseTracker.LocalServers.Commands;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.AppHost.LocalProcesses;

internal static class LocalAzurite
{
    public static void AddLocalAzurite(this IDistributedApplicationBuilder builder, AppHostSettings settings, BackingServices services)
    {
        if (AzuriteCommand.Find() is not { } command)
        {
            services.Choose(ResourceNames.Blobs,
                "a folder of blobs under the data folder (azurite-blob not found: install Azurite with `npm install -g azurite`, or start a container runtime)");
            return;
        }

        var port = FreePort.Next();
        var directory = settings.ServerDirectory(ResourceNames.Storage);
        Directory.CreateDirectory(directory);
        var portText = port.ToString(CultureInfo.InvariantCulture);
        var accountKey = AzuriteConnection.CreateAccountKey(builder, ResourceNames.Storage);
        var connectionString = ReferenceExpression.Create(
            $"DefaultEndpointsProtocol=http;AccountName={AzuriteConnection.AccountName};AccountKey={accountKey};BlobEndpoint=http://127.0.0.1:{portText}/{AzuriteConnection.AccountName};");

        var storage = builder.AddResource(new ServerProcessResource(ResourceNames.Storage, command, directory, connectionString))
            .WithServerCommand(AzuriteCommand.Create(command, port, directory))
            .WithEnvironment(AzuriteConnection.AccountsVariable, AzuriteConnection.Accounts(accountKey))
            .WithEndpoint(port: port, targetPort: port, scheme: "http", name: "blob", isProxied: false)
            .WithIconName("Storage")
            .WithTcpHealthCheckOnEndpoint("blob")
            .ExcludeFromManifest();
        var blobs = builder.AddResource(new ServerConnectionResource(ResourceNames.Blobs, storage.Resource, connectionString))
            .WithIconName("Folder")
            .WithParentRelationship(storage.Resource);
        services.Add(blobs, storage, $"Azurite blobs ({command}) on 127.0.0.1:{portText}, data in {directory}");
    }
}
