using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Blobs;
using ExpenseTracker.Infrastructure.AzureBlobs;
using ExpenseTracker.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ExpenseTracker.Infrastructure.Blobs;

public static class BlobStorageExtensions
{
    /// <summary>
    /// The blob storage port: Azure Blob Storage (Azurite locally) when <c>ConnectionStrings:blobs</c> is set, else a
    /// folder under <c>Storage:DataDirectory</c>.
    /// </summary>
    public static IHostApplicationBuilder AddBlobStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BlobStorageOptions>().Bind(builder.Configuration.GetSection(BlobStorageOptions.SectionName));
        builder.Services.AddOptions<ArchiveOptions>().Bind(builder.Configuration.GetSection(ArchiveOptions.SectionName));

        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ResourceNames.Blobs)))
        {
            builder.AddAzureBlobServiceClient(ResourceNames.Blobs);
            builder.Services.AddSingleton<IBlobStorage, AzureBlobStorage>();
        }
        else
        {
            builder.Services.AddSingleton<IBlobStorage, FolderBlobStorage>();
        }

        return builder;
    }
}
