using ExpenseTracker.Client.Serialization;
using Refit;

namespace ExpenseTracker.Client;

/// <summary>How the typed clients speak to the API: source-generated camelCase JSON, camelCase query keys, problem details as exceptions.</summary>
public static class ExpenseTrackerRefitSettings
{
    /// <summary>New settings for one typed client (Refit settings are not shared between clients).</summary>
    public static RefitSettings Create()
    {
        var settings = RefitSettings.ForJsonContext(ExpenseTrackerJsonContext.Default);
        settings.UrlParameterKeyFormatter = new CamelCaseUrlParameterKeyFormatter();
        settings.ExceptionFactory = async response => response.IsSuccessStatusCode
            ? null
            : await ExpenseTrackerApiException.CreateAsync(response, settings);
        return settings;
    }
}
