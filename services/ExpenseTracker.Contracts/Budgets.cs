namespace ExpenseTracker.Contracts;

public sealed record BudgetRequest(decimal? Amount, string? Currency);

public sealed record BudgetResponse(Guid CategoryId, decimal Amount, string Currency);
