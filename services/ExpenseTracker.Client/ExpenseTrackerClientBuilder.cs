using ExpenseTracker.Client.Api;
using ExpenseTracker.Client.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Client;

/// <summary>Chooses where the client's access tokens come from, and gives access to its HttpClients.</summary>
public sealed class ExpenseTrackerClientBuilder
{
    private readonly IReadOnlyList<IHttpClientBuilder> _httpClients;

    internal ExpenseTrackerClientBuilder(IServiceCollection services, IReadOnlyList<IHttpClientBuilder> httpClients)
    {
        Services = services;
        _httpClients = httpClients;
    }

    /// <summary>The service collection the client is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Sends the same access token with every call.</summary>
    public ExpenseTrackerClientBuilder WithAccessToken(string accessToken) =>
        WithAccessTokenProvider(_ => new StaticAccessTokenProvider(accessToken));

    /// <summary>
    /// Signs in as <paramref name="user"/> through the API's local token endpoint, and signs in again before the token
    /// expires. Only an API in local mode serves that endpoint.
    /// </summary>
    public ExpenseTrackerClientBuilder WithLocalDevToken(string user) =>
        WithAccessTokenProvider(services => new LocalDevTokenProvider(
            services.GetRequiredService<IDevTokenApi>,
            user,
            services.GetService<TimeProvider>() ?? TimeProvider.System));

    /// <summary>Takes access tokens from <typeparamref name="TProvider"/>, resolved from the container.</summary>
    public ExpenseTrackerClientBuilder WithAccessTokenProvider<TProvider>()
        where TProvider : class, IAccessTokenProvider
    {
        Services.AddSingleton<IAccessTokenProvider, TProvider>();
        return this;
    }

    /// <summary>Takes access tokens from the provider <paramref name="create"/> makes.</summary>
    public ExpenseTrackerClientBuilder WithAccessTokenProvider(Func<IServiceProvider, IAccessTokenProvider> create)
    {
        Services.AddSingleton(create);
        return this;
    }

    /// <summary>Applies <paramref name="configure"/> to each of the client's HttpClients (to add a handler, say).</summary>
    public ExpenseTrackerClientBuilder ConfigureHttpClients(Action<IHttpClientBuilder> configure)
    {
        foreach (var httpClient in _httpClients)
        {
            configure(httpClient);
        }

        return this;
    }
}
