using System.Text.Json;
using Azure.Storage.Blobs;
using ExpenseTracker.Blobs.Tests.Infrastructure;
using ExpenseTracker.Infrastructure.AzureBlobs;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Blobs.Tests;

public sealed class AzureBlobClientIntegrationTests(BlobBackends backends)
{
    [Fact]
    public async Task The_health_endpoint_reports_the_blob_service_under_its_resource_name()
    {
        var health = await backends.AzuriteApi.CreateClient().GetStringAsync("/health", TestContext.Current.CancellationToken);

        var blobs = JsonDocument.Parse(health).RootElement.GetProperty("checks").GetProperty("blobs");
        Assert.Equal("Healthy", blobs.GetProperty("status").GetString());
    }

    [Fact]
    public void One_blob_service_client_serves_the_whole_process()
    {
        var services = backends.AzuriteApi.Services;

        Assert.Same(services.GetRequiredService<BlobServiceClient>(), services.GetRequiredService<BlobServiceClient>());
        Assert.Equal("devstoreaccount1", services.GetRequiredService<BlobServiceClient>().AccountName);
    }

    [Theory]
    [InlineData("https://expenses.blob.core.windows.net/", null, "https://expenses.blob.core.windows.net/")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=expenses;AccountKey=a2V5;EndpointSuffix=core.windows.net", "DefaultEndpointsProtocol=https;AccountName=expenses;AccountKey=a2V5;EndpointSuffix=core.windows.net", null)]
    public void A_connection_string_is_either_a_service_uri_or_a_full_connection_string(string connection, string? connectionString, string? serviceUri)
    {
        var settings = new AzureStorageBlobsSettings();

        settings.ParseConnectionString(connection);

        Assert.Equal(connectionString, settings.ConnectionString);
        Assert.Equal(serviceUri, settings.ServiceUri?.ToString());
    }

    [Fact]
    public void The_folder_is_used_when_no_blob_connection_string_is_configured()
    {
        Assert.Null(backends.FolderApi.Services.GetService<BlobServiceClient>());
        Assert.IsType<ExpenseTracker.Infrastructure.Blobs.FolderBlobStorage>(
            backends.FolderApi.Services.GetRequiredService<ExpenseTracker.Application.Blobs.IBlobStorage>());
    }
}
