using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Client.Tests.Infrastructure;

/// <summary>The registered client with a <see cref="RecordingHandler"/> instead of the network.</summary>
public static class FakeApi
{
    public static readonly Uri BaseAddress = new("http://expenses.test");

    public const string Token = "test-token";

    public static TypedClient Create(RecordingHandler handler, Action<ExpenseTrackerClientOptions>? options = null) =>
        ClientScope.Create(
            BaseAddress,
            client => client
                .WithAccessToken(Token)
                .ConfigureHttpClients(http => http.ConfigurePrimaryHttpMessageHandler(() => handler)),
            options: options);
}
