namespace ExpenseTracker.Infrastructure.MongoDB;

/// <summary>Timestamps are BSON dates: UTC, to the millisecond.</summary>
internal static class MongoTime
{
    public static DateTimeOffset ToOffset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeSpan.Zero);
}
