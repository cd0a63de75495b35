using ExpenseTracker.Contracts;
using Refit;

namespace ExpenseTracker.Client.Api;

/// <summary><c>/api/v1/me/settings</c>: your default currency and locale.</summary>
public interface ISettingsApi
{
    /// <summary>Reads your settings.</summary>
    [Get("/api/v1/me/settings")]
    Task<SettingsResponse> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Changes your default currency and locale.</summary>
    [Put("/api/v1/me/settings")]
    Task<SettingsResponse> SaveAsync([Body] SettingsRequest settings, CancellationToken cancellationToken = default);
}
