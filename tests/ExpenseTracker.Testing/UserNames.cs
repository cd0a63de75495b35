namespace ExpenseTracker.Testing;

/// <summary>User names no other test uses: tests share one API and stay apart by signing in as users of their own.</summary>
public static class UserNames
{
    public static string New(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}";
}
