namespace ExpenseTracker.Cli;

/// <summary>What the exit status of <c>expense</c> means (documented in the tool's README).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int UnexpectedError = 1;
    public const int InvalidUsage = 2;
    public const int NotSignedIn = 3;
    public const int NotFound = 4;
    public const int Rejected = 5;
    public const int ApiUnavailable = 6;
    public const int ImportHadErrors = 7;
    public const int Cancelled = 130;
}
