namespace ExpenseTracker.Application.Common;

public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    PreconditionFailed,
    IdempotencyKeyReused,
    TooLarge,
    UnsupportedMediaType,
}

/// <summary>Why a use case did not do what was asked, in words the user can act on.</summary>
public sealed record Error(ErrorKind Kind, string Title, string Detail, IReadOnlyDictionary<string, string[]>? FieldErrors = null)
{
    public static Error Validation(IReadOnlyDictionary<string, string[]> fieldErrors) =>
        new(ErrorKind.Validation, "The request is not valid.", "See the errors of each field.", fieldErrors);

    public static Error Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static Error NotFound(string what) =>
        new(ErrorKind.NotFound, $"{what} not found.", $"There is no {what.ToLowerInvariant()} with this id.");

    public static Error Conflict(string title, string detail) => new(ErrorKind.Conflict, title, detail);

    public static Error TooLarge(string title, string detail) => new(ErrorKind.TooLarge, title, detail);

    public static Error UnsupportedMediaType(string title, string detail) => new(ErrorKind.UnsupportedMediaType, title, detail);

    public static Error StaleVersion { get; } = new(
        ErrorKind.PreconditionFailed,
        "The resource has changed.",
        "It was changed since you read it (If-Match no longer matches). Read it again, then retry.");

    public static Error IdempotencyKeyReused { get; } = new(
        ErrorKind.IdempotencyKeyReused,
        "This Idempotency-Key was used for another request.",
        "An Idempotency-Key may only be repeated with the same body. Use a new key for a new request.");
}
