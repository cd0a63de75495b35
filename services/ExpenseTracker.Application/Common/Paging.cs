namespace ExpenseTracker.Application.Common;

public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public int Offset => (Page - 1) * PageSize;
}

public sealed record Page<T>(IReadOnlyList<T> Items, long TotalCount);
