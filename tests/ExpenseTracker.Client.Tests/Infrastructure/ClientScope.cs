namespace ExpenseTracker.Client.Tests.Infrastructure;

/// <summary>
/// The typed client as an app registers it, with retries 10 ms apart instead of the product's seconds: the tests
/// that make a call fail stay fast, and still see every retry the client makes.
/// </summary>
public static class ClientScope
{
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(10);

    /// <summary>Signed in through the API's local token endpoint as <paramref name="user"/>, or a user no other test uses.</summary>
    public static TypedClient SignedIn(ApiHost api, string? user = null) =>
        Create(api.Address, client => client.WithLocalDevToken(user ?? UserNames.New()));

    public static TypedClient Create(
        Uri baseAddress,
        Action<ExpenseTrackerClientBuilder>? configure = null,
        IDictionary<string, string?>? configuration = null,
        Action<ExpenseTrackerClientOptions>? options = null) =>
        TypedClient.Create(baseAddress, configure, configuration, o =>
        {
            o.RetryDelay = RetryDelay;
            options?.Invoke(o);
        });
}
