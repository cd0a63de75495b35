using Refit;

namespace ExpenseTracker.Client;

/// <summary>Helpers for the calls that answer a whole response because its <c>ETag</c> matters.</summary>
public static class ApiResponseExtensions
{
    /// <summary>
    /// Waits for the call and answers its body with its <c>ETag</c>, or throws the <see cref="ExpenseTrackerApiException"/>
    /// the API answered: <c>var (expense, etag) = await api.Expenses.GetAsync(id).WithETagAsync();</c>
    /// </summary>
    public static async Task<Versioned<T>> WithETagAsync<T>(this Task<IApiResponse<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        using var response = await call;
        if (response.Error is not null)
        {
            throw response.Error;
        }

        if (!response.IsSuccessStatusCode || response.Content is null)
        {
            throw new InvalidOperationException($"The API answered {(int?)response.StatusCode} without a body.");
        }

        var etag = response.Headers.ETag?.ToString()
            ?? throw new InvalidOperationException("The API answered without an ETag.");
        return new Versioned<T>(response.Content, etag);
    }
}
