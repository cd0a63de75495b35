using Microsoft.Extensions.Caching.Hybrid;

namespace ExpenseTracker.Application.Common;

/// <summary>
/// Names the cached views of a user's data. Keys and tags always carry the user id, so one user's entries can never
/// answer another user, and a change drops exactly the views it makes stale.
/// </summary>
public static class UserCache
{
    public static string ReportsTag(string userId) => $"reports:{userId}";

    public static string CategoriesTag(string userId) => $"categories:{userId}";

    public static string MonthlyReportKey(string userId, string month) => $"reports:{userId}:monthly:{month}";

    public static string TrendKey(string userId, string from, string to) => $"reports:{userId}:trend:{from}:{to}";

    public static string CategoriesKey(string userId) => $"categories:{userId}:all";

    /// <summary>Drops the reports of a user whose expenses or budgets changed.</summary>
    public static ValueTask InvalidateReportsAsync(this HybridCache cache, string userId, CancellationToken cancellationToken) =>
        cache.RemoveByTagAsync(ReportsTag(userId), cancellationToken);

    /// <summary>Drops the category list and the reports (which show category names) of a user.</summary>
    public static ValueTask InvalidateCategoriesAsync(this HybridCache cache, string userId, CancellationToken cancellationToken) =>
        cache.RemoveByTagAsync([CategoriesTag(userId), ReportsTag(userId)], cancellationToken);
}
