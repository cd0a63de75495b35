namespace ExpenseTracker.Contracts;

public sealed record RecurringRequest(
    decimal? Amount,
    string? Currency,
    string? Frequency,
    int? Interval,
    DateOnly? StartDate,
    DateOnly? EndDate = null,
    Guid? CategoryId = null,
    string? Merchant = null,
    string? Note = null,
    IReadOnlyList<string>? Tags = null,
    string? PaymentMethod = null);

public sealed record RecurringResponse(
    Guid Id,
    decimal Amount,
    string Currency,
    string Frequency,
    int Interval,
    DateOnly StartDate,
    DateOnly? EndDate,
    DateOnly? NextOccurrence,
    Guid? CategoryId,
    string? Merchant,
    string? Note,
    IReadOnlyList<string> Tags,
    string? PaymentMethod);
