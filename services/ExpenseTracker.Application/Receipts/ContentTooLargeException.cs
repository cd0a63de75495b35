namespace ExpenseTracker.Application.Receipts;

/// <summary>Thrown by <see cref="LimitedReadStream"/> when its content goes past the limit; caught by the use case that set the limit.</summary>
public sealed class ContentTooLargeException(long limit) : IOException($"The content is larger than {limit} bytes.");
