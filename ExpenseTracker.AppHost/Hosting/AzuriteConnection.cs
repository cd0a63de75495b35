namespace ExpenseTracker.AppHost.Hosting;

/// <summary>
/// The blob service of Azurite, as Azure.Storage.Blobs reads it. Azurite's account key is a generated secret
/// (<c>AZURITE_ACCOUNTS</c>), never the emulator's published development key.
/// </summary>
internal static class AzuriteConnection
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountsVariable = "AZURITE_ACCOUNTS";

    /// <summary>64 letters and digits: a valid base64 string, as Azurite and the Azure SDK require of a key.</summary>
    public static ParameterResource CreateAccountKey(IDistributedApplicationBuilder builder, string storageName) =>
        ParameterResourceBuilderExtensions.CreateGeneratedParameter(
            builder, $"{storageName}-key", secret: true, new GenerateParameterDefault { MinLength = 64, Special = false });

    public static ReferenceExpression Accounts(ParameterResource accountKey) =>
        ReferenceExpression.Create($"{AccountName}:{accountKey}");

    public static ReferenceExpression BlobConnectionString(EndpointReference blobEndpoint, ParameterResource accountKey) =>
        ReferenceExpression.Create(
            $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={accountKey};BlobEndpoint={blobEndpoint.Property(EndpointProperty.Url)}/{AccountName};");
}
