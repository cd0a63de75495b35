namespace ExpenseTracker.Web.Tests.Infrastructure;

public static class Users
{
    /// <summary>A user name no other test uses, readable in screenshots.</summary>
    public static string New(string name) => $"{name}-{Guid.NewGuid().ToString("N")[..8]}";

    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
