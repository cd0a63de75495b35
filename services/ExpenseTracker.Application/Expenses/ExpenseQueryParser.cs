using System.Globalization;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Application.Expenses;

/// <summary>Reads the list filters from the query string, naming every parameter that cannot be understood.</summary>
public static class ExpenseQueryParser
{
    public sealed record Parsed(ExpenseFilter Filter, ExpenseSort Sort, PageRequest Page);

    public static Result<Parsed> Parse(ExpenseQuery query)
    {
        var errors = new FieldErrors();
        var filter = new ExpenseFilter
        {
            From = ParseDate(query.From, "from", errors),
            To = ParseDate(query.To, "to", errors),
            CategoryId = ParseGuid(query.CategoryId, "categoryId", errors),
            Tag = ParseText(query.Tag, ExpenseLimits.TagMaxLength, "tag", errors),
            Text = ParseText(query.Q, ExpenseLimits.NoteMaxLength, "q", errors),
            MinAmount = ParseAmount(query.MinAmount, "minAmount", errors),
            MaxAmount = ParseAmount(query.MaxAmount, "maxAmount", errors),
            Currency = ParseCurrency(query.Currency, errors),
        };

        if (filter is { From: { } from, To: { } to } && from > to)
        {
            errors.Add("to", "'to' cannot be before 'from'.");
        }

        if (filter is { MinAmount: { } min, MaxAmount: { } max } && min > max)
        {
            errors.Add("maxAmount", "'maxAmount' cannot be less than 'minAmount'.");
        }

        var sort = ParseSort(query.Sort, errors);
        var page = ParseInt(query.Page, "page", 1, 1, int.MaxValue / PageRequest.MaxPageSize, errors);
        var pageSize = ParseInt(query.PageSize, "pageSize", PageRequest.DefaultPageSize, 1, PageRequest.MaxPageSize, errors);

        return errors.Any ? errors.ToError() : new Parsed(filter, sort, new PageRequest(page, pageSize));
    }

    private static DateOnly? ParseDate(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "A date is written yyyy-MM-dd.");
        return null;
    }

    private static Guid? ParseGuid(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Guid.TryParse(value.Trim(), out var id))
        {
            return id;
        }

        errors.Add(field, "Not a valid id.");
        return null;
    }

    private static string? ParseText(string? value, int maxLength, string field, FieldErrors errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length <= maxLength)
        {
            return trimmed;
        }

        errors.Add(field, $"At most {maxLength} characters.");
        return null;
    }

    private static decimal? ParseAmount(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount <= Money.MaxAmount)
        {
            return amount;
        }

        errors.Add(field, "An amount is a number from 0 to 1000000000000, such as 12.50.");
        return null;
    }

    private static string? ParseCurrency(string? value, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var code = value.Trim().ToUpperInvariant();
        if (Currency.TryOf(code, out _))
        {
            return code;
        }

        errors.Add("currency", $"'{value}' is not an ISO 4217 currency code.");
        return null;
    }

    private static ExpenseSort ParseSort(string? value, FieldErrors errors)
    {
        switch (value?.Trim())
        {
            case null or "" or "-date":
                return ExpenseSort.DateDescending;
            case "date":
                return ExpenseSort.DateAscending;
            case "amount":
                return ExpenseSort.AmountAscending;
            case "-amount":
                return ExpenseSort.AmountDescending;
            default:
                errors.Add("sort", "Sort by date, -date, amount or -amount.");
                return ExpenseSort.DateDescending;
        }
    }

    private static int ParseInt(string? value, string field, int fallback, int min, int max, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors.Add(field, $"A whole number from {min} to {max}.");
        return fallback;
    }
}
