namespace ExpenseTracker.Contracts;

public sealed record CategoryRequest(string? Name, string? Color = null);

public sealed record CategoryResponse(Guid Id, string Name, string Color);
