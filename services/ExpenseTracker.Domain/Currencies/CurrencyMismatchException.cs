namespace ExpenseTracker.Domain.Currencies;

public sealed class CurrencyMismatchException(Currency left, Currency right)
    : DomainException($"Cannot combine amounts in {left} and {right}.");
