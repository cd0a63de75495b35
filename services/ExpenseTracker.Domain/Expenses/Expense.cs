namespace ExpenseTracker.Domain.Expenses;

/// <summary>One purchase of one user, on a calendar day.</summary>
public sealed class Expense
{
    private Expense(Guid id, string userId, DateOnly date, ExpenseDetails details, long version, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        Id = id;
        UserId = userId;
        Date = date;
        Details = details;
        Version = version;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
    }

    public Guid Id { get; }

    public string UserId { get; }

    public DateOnly Date { get; private set; }

    public ExpenseDetails Details { get; private set; }

    /// <summary>Grows by one on every change; the store refuses a change made from an older version.</summary>
    public long Version { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Expense Record(string userId, DateOnly date, ExpenseDetails details, DateTimeOffset now)
    {
        EnsureDateAllowed(date, DateOnly.FromDateTime(now.UtcDateTime));
        return new Expense(Guid.CreateVersion7(now), userId, date, details, 1, now, now);
    }

    /// <summary>Rebuilds an expense read back from a store; no rule is checked again.</summary>
    public static Expense Restore(Guid id, string userId, DateOnly date, ExpenseDetails details, long version, DateTimeOffset createdAt, DateTimeOffset updatedAt) =>
        new(id, userId, date, details, version, createdAt, updatedAt);

    public void Replace(DateOnly date, ExpenseDetails details, DateTimeOffset now)
    {
        EnsureDateAllowed(date, DateOnly.FromDateTime(now.UtcDateTime));
        Date = date;
        Details = details;
        Version++;
        UpdatedAt = now;
    }

    public void MoveToCategory(Guid? categoryId, DateTimeOffset now)
    {
        Details = Details with { CategoryId = categoryId };
        Version++;
        UpdatedAt = now;
    }

    public static void EnsureDateAllowed(DateOnly date, DateOnly today)
    {
        if (date < ExpenseLimits.EarliestDate || date > ExpenseLimits.LatestDate(today))
        {
            throw new DomainException($"The date must be between {ExpenseLimits.EarliestDate:yyyy-MM-dd} and one year from today.");
        }
    }
}
