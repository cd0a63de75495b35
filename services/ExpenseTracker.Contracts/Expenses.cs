namespace ExpenseTracker.Contracts;

/// <summary>The body of <c>POST /expenses</c> and <c>PUT /expenses/{id}</c>. Absent fields are reported, not defaulted.</summary>
public sealed record ExpenseRequest(
    decimal? Amount,
    string? Currency,
    DateOnly? Date,
    Guid? CategoryId = null,
    string? Merchant = null,
    string? Note = null,
    IReadOnlyList<string>? Tags = null,
    string? PaymentMethod = null);

public sealed record ExpenseResponse(
    Guid Id,
    decimal Amount,
    string Currency,
    DateOnly Date,
    Guid? CategoryId,
    string? Merchant,
    string? Note,
    IReadOnlyList<string> Tags,
    string? PaymentMethod,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ReceiptResponse> Receipts);

public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalCount);

/// <summary>The filters of <c>GET /expenses</c> and <c>GET /expenses/export</c>, as the query string carries them.</summary>
public sealed record ExpenseQuery
{
    public string? From { get; init; }
    public string? To { get; init; }
    public string? CategoryId { get; init; }
    public string? Tag { get; init; }
    public string? Q { get; init; }
    public string? MinAmount { get; init; }
    public string? MaxAmount { get; init; }
    public string? Currency { get; init; }
    public string? Sort { get; init; }
    public string? Page { get; init; }
    public string? PageSize { get; init; }
}
