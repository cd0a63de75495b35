using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Application.Expenses;

/// <summary>
/// The fields that describe a purchase, as a client sent them (an expense, or the template of a recurring rule).
/// Checks them the way a user should hear about it: every broken field named, nothing thrown.
/// </summary>
public sealed record ExpenseDetailsInput(
    decimal? Amount,
    string? Currency,
    Guid? CategoryId,
    string? Merchant,
    string? Note,
    IReadOnlyList<string>? Tags,
    string? PaymentMethod)
{
    public async Task<ExpenseDetails?> ValidateAsync(string userId, ICategoryStore categories, FieldErrors errors, CancellationToken cancellationToken)
    {
        var money = MoneyInput.Validate(Amount, Currency, errors);
        CheckLength(Merchant, ExpenseLimits.MerchantMaxLength, "merchant", errors);
        CheckLength(Note, ExpenseLimits.NoteMaxLength, "note", errors);
        CheckLength(PaymentMethod, ExpenseLimits.PaymentMethodMaxLength, "paymentMethod", errors);
        CheckTags(errors);

        if (CategoryId is { } categoryId && !await categories.ExistsAsync(userId, categoryId, cancellationToken))
        {
            errors.Add("categoryId", "There is no category with this id.");
        }

        return errors.Any || money is null
            ? null
            : new ExpenseDetails(money.Value, CategoryId, Merchant, Note, Tags, PaymentMethod);
    }

    private void CheckTags(FieldErrors errors)
    {
        if (Tags is null)
        {
            return;
        }

        if (Tags.Count > ExpenseLimits.MaxTags)
        {
            errors.Add("tags", $"At most {ExpenseLimits.MaxTags} tags.");
        }

        if (Tags.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("tags", "A tag cannot be empty.");
        }

        if (Tags.Any(tag => tag?.Trim().Length > ExpenseLimits.TagMaxLength))
        {
            errors.Add("tags", $"A tag has at most {ExpenseLimits.TagMaxLength} characters.");
        }
    }

    private static void CheckLength(string? value, int maxLength, string field, FieldErrors errors)
    {
        if (value?.Trim().Length > maxLength)
        {
            errors.Add(field, $"At most {maxLength} characters.");
        }
    }
}

/// <summary>An amount and a currency code as a client sent them.</summary>
public static class MoneyInput
{
    public static Money? Validate(decimal? amount, string? currencyCode, FieldErrors errors, string amountField = "amount", string currencyField = "currency")
    {
        var currency = ValidateCurrency(currencyCode, errors, currencyField);
        var problem = amount switch
        {
            null => "The amount is required.",
            <= 0 => "The amount must be greater than zero.",
            > Money.MaxAmount => "The amount must be at most 1000000000000.",
            _ when currency is { } c && !Money.FitsMinorUnits(amount.Value, c) => c.MinorUnits == 0
                ? $"{c} amounts have no decimals."
                : $"{c} amounts have at most {c.MinorUnits} decimals.",
            _ => null,
        };

        if (problem is not null)
        {
            errors.Add(amountField, problem);
            return null;
        }

        return currency is { } valid ? Money.Of(amount!.Value, valid) : null;
    }

    public static Currency? ValidateCurrency(string? currencyCode, FieldErrors errors, string field = "currency")
    {
        if (string.IsNullOrWhiteSpace(currencyCode))
        {
            errors.Add(field, "The currency is required (an ISO 4217 code such as EUR).");
            return null;
        }

        if (Currency.TryOf(currencyCode.Trim().ToUpperInvariant(), out var currency))
        {
            return currency;
        }

        errors.Add(field, $"'{currencyCode}' is not an ISO 4217 currency code.");
        return null;
    }
}
