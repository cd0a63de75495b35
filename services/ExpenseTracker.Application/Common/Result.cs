using System.Diagnostics.CodeAnalysis;

namespace ExpenseTracker.Application.Common;

/// <summary>The outcome of a use case: a value, or the <see cref="Common.Error"/> that stopped it.</summary>
public readonly struct Result<T>
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public Error? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error);

    public Result<TOther> Map<TOther>(Func<T, TOther> map) => IsSuccess ? map(Value) : Error;
}
