namespace ExpenseTracker.Application.Common;

/// <summary>
/// Names the cached views of a user's data (see <see cref="UserViewCache"/>). Keys and tags always carry the user id,
/// so one user's entries can never answer another user, and a change drops exactly the views it makes stale.
/// </summary>
public static class UserCache
{
    public static string ReportsTag(string userId) => $"reports:{userId}";

    public static string CategoriesTag(string userId) => $"categories:{userId}";

    public static string MonthlyReportKey(string userId, string month) => $"reports:{userId}:monthly:{month}";

    public static string TrendKey(string userId, string from, string to) => $"reports:{userId}:trend:{from}:{to}";

    public static string CategoriesKey(string userId) => $"categories:{userId}:all";
}
