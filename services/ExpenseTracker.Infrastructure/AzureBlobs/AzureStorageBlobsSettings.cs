namespace ExpenseTracker.Infrastructure.AzureBlobs;

/// <summary>
/// How to reach Azure Blob Storage, in the shape of Aspire's client integration: from the connection string named
/// by the resource, overridable under <c>Aspire:Azure:Storage:Blobs</c>.
/// </summary>
public sealed class AzureStorageBlobsSettings
{
    /// <summary>A full storage connection string (account key or SAS; Azurite's well-known account locally).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The blob service endpoint (<c>https://{account}.blob.core.windows.net/</c>), reached with the ambient Azure identity.</summary>
    public Uri? ServiceUri { get; set; }

    public bool DisableHealthChecks { get; set; }

    public bool DisableTracing { get; set; }

    /// <summary>A connection string that is an absolute http(s) URI is a service endpoint; anything else is a full connection string.</summary>
    public void ParseConnectionString(string connectionString)
    {
        if (Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            ServiceUri = uri;
        }
        else
        {
            ConnectionString = connectionString;
        }
    }
}
