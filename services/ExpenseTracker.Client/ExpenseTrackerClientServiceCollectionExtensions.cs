using ExpenseTracker.Client.Api;
using ExpenseTracker.Client.Authentication;
using ExpenseTracker.Client.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Refit;

namespace ExpenseTracker.Client;

/// <summary>Registers the ExpenseTracker client.</summary>
public static class ExpenseTrackerClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IExpenseTrackerClient"/> and one typed Refit client per area of the API (<see cref="IExpensesApi"/>,
    /// <see cref="ICategoriesApi"/>, ...) through HttpClientFactory, with service discovery, the standard resilience handler
    /// and the access tokens of an <see cref="IAccessTokenProvider"/> (choose one on the returned builder). Errors the API
    /// answers are thrown as <see cref="ExpenseTrackerApiException"/>.
    /// </summary>
    public static ExpenseTrackerClientBuilder AddExpenseTrackerClient(this IServiceCollection services, Action<ExpenseTrackerClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registration = new ExpenseTrackerClientOptions();
        configure?.Invoke(registration);
        var options = services.AddOptions<ExpenseTrackerClientOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // Service discovery reads endpoints from configuration. Hosts register theirs; a plain console app has none,
        // and a plain URL resolves without any.
        services.TryAddSingleton<IConfiguration>(_ => new ConfigurationBuilder().Build());
        services.AddServiceDiscovery();
        services.AddTransient<IExpenseTrackerClient, ExpenseTrackerClient>();

        var resilience = registration.UseStandardResilienceHandler;
        IHttpClientBuilder[] httpClients =
        [
            services.AddApi<IExpensesApi>(CallKind.Standard, resilience),
            services.AddApi<IImportExportApi>(CallKind.Transfer, resilience),
            services.AddApi<IReceiptsApi>(CallKind.Transfer, resilience),
            services.AddApi<ICategoriesApi>(CallKind.Standard, resilience),
            services.AddApi<IBudgetsApi>(CallKind.Standard, resilience),
            services.AddApi<IRecurringApi>(CallKind.Standard, resilience),
            services.AddApi<IReportsApi>(CallKind.Standard, resilience),
            services.AddApi<INotificationsApi>(CallKind.Standard, resilience),
            services.AddApi<IArchiveApi>(CallKind.Standard, resilience),
            services.AddApi<ISettingsApi>(CallKind.Standard, resilience),
            services.AddApi<IDevTokenApi>(CallKind.Anonymous, resilience),
        ];
        return new ExpenseTrackerClientBuilder(services, httpClients);
    }

    private enum CallKind
    {
        Standard,
        Transfer,
        Anonymous,
    }

    private static IHttpClientBuilder AddApi<TApi>(this IServiceCollection services, CallKind kind, bool resilience)
        where TApi : class
    {
        var http = services
            .AddRefitGeneratedClient<TApi>(_ => ExpenseTrackerRefitSettings.Create())
            .ConfigureHttpClient((provider, client) =>
            {
                client.BaseAddress = provider.GetRequiredService<IOptions<ExpenseTrackerClientOptions>>().Value.BaseAddress;
                if (kind == CallKind.Transfer)
                {
                    // The resilience handler's timeouts bound transfers; HttpClient's own 100 s would cut a large import short.
                    client.Timeout = Timeout.InfiniteTimeSpan;
                }
            });

        if (resilience)
        {
            http.AddStandardResilienceHandler().Configure((HttpStandardResilienceOptions standard, IServiceProvider provider) =>
            {
                var options = provider.GetRequiredService<IOptions<ExpenseTrackerClientOptions>>().Value;
                if (kind == CallKind.Transfer)
                {
                    standard.AttemptTimeout.Timeout = options.TransferTimeout;
                    standard.TotalRequestTimeout.Timeout = options.TransferTimeout * 2;
                    standard.CircuitBreaker.SamplingDuration = options.TransferTimeout * 2;
                }

                standard.Retry.Delay = options.RetryDelay;
                standard.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts);
                RetrySafety.RetryOnlyRepeatableRequests(standard.Retry, retry: options.MaxRetryAttempts > 0);
            });
        }

        if (kind != CallKind.Anonymous)
        {
            // Inside the resilience handler, so each retry asks the provider again and never sends an expired token.
            http.AddHttpMessageHandler(provider => new AccessTokenHandler(provider.GetService<IAccessTokenProvider>()));
        }

        return http.AddServiceDiscovery();
    }
}
