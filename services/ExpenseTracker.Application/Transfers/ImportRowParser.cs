using System.Globalization;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Domain.Categories;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Application.Transfers;

/// <summary>An import row whose fields are all valid: what the expense will be, and its category by name.</summary>
public sealed record ImportRow(DateOnly Date, Money Amount, string? CategoryName, string? Merchant, string? Note, IReadOnlyList<string> Tags);

/// <summary>Turns the fields of one CSV record into an <see cref="ImportRow"/>, or says every field that is wrong.</summary>
public sealed class ImportRowParser
{
    private readonly Dictionary<string, int> _columns;
    private readonly int _columnCount;
    private readonly char _separator;
    private readonly DateOnly _today;

    private ImportRowParser(Dictionary<string, int> columns, int columnCount, char separator, DateOnly today)
    {
        _columns = columns;
        _columnCount = columnCount;
        _separator = separator;
        _today = today;
    }

    /// <summary>Reads the header; an error when a required column is missing or a column appears twice.</summary>
    public static Result<ImportRowParser> FromHeader(IReadOnlyList<string> header, char separator, DateOnly today)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < header.Count; index++)
        {
            var name = header[index].Trim();
            if (name.Length > 0 && !columns.TryAdd(name, index))
            {
                return Error.Validation("file", $"The header names the column '{name}' twice.");
            }
        }

        var missing = ExpenseCsv.RequiredColumns.Where(column => !columns.ContainsKey(column)).ToList();
        return missing.Count > 0
            ? Error.Validation("file", $"The first line must be a header naming the columns {string.Join(separator, ExpenseCsv.Columns)}; missing: {string.Join(", ", missing)}.")
            : new ImportRowParser(columns, header.Count, separator, today);
    }

    public Result<ImportRow> Parse(IReadOnlyList<string> fields)
    {
        if (fields.Count != _columnCount)
        {
            return Error.Validation("row", $"Expected {_columnCount} fields, found {fields.Count}.");
        }

        var errors = new FieldErrors();
        var date = ParseDate(Field(fields, ExpenseCsv.Date), errors);
        var amount = TryParseAmount(Field(fields, ExpenseCsv.Amount), out var number)
            ? MoneyInput.Validate(number, Field(fields, ExpenseCsv.Currency), errors)
            : InvalidAmount(Field(fields, ExpenseCsv.Currency), errors);
        var category = Clean(Field(fields, ExpenseCsv.Category), Category.NameMaxLength, ExpenseCsv.Category, errors);
        var merchant = Clean(Field(fields, ExpenseCsv.Merchant), ExpenseLimits.MerchantMaxLength, ExpenseCsv.Merchant, errors);
        var note = Clean(Field(fields, ExpenseCsv.Note), ExpenseLimits.NoteMaxLength, ExpenseCsv.Note, errors);
        var tags = ParseTags(Field(fields, ExpenseCsv.Tags), errors);

        return errors.Any || date is null || amount is null
            ? errors.ToError()
            : new ImportRow(date.Value, amount.Value, category, merchant, note, tags);
    }

    private string? Field(IReadOnlyList<string> fields, string column) =>
        _columns.TryGetValue(column, out var index) ? fields[index] : null;

    private DateOnly? ParseDate(string? text, FieldErrors errors)
    {
        if (!DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(ExpenseCsv.Date, "A date is written yyyy-MM-dd.");
            return null;
        }

        if (date < ExpenseLimits.EarliestDate || date > ExpenseLimits.LatestDate(_today))
        {
            errors.Add(ExpenseCsv.Date, "The date must be between 1970-01-01 and one year from today.");
            return null;
        }

        return date;
    }

    /// <summary>A plain decimal number; with <c>;</c> as separator, a decimal comma is accepted too (as spreadsheets in many locales write it).</summary>
    private bool TryParseAmount(string? text, out decimal? amount)
    {
        amount = null;
        var trimmed = text?.Trim() ?? string.Empty;
        if (_separator == ';' && trimmed.Contains(',', StringComparison.Ordinal) && !trimmed.Contains('.', StringComparison.Ordinal))
        {
            trimmed = trimmed.Replace(',', '.');
        }

        if (trimmed.Length == 0)
        {
            // MoneyInput says the amount is required.
            return true;
        }

        if (decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            amount = number;
            return true;
        }

        return false;
    }

    private static Money? InvalidAmount(string? currency, FieldErrors errors)
    {
        errors.Add(ExpenseCsv.Amount, "An amount is a number such as 12.50.");
        MoneyInput.ValidateCurrency(currency, errors);
        return null;
    }

    private static string? Clean(string? text, int maxLength, string field, FieldErrors errors)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(field, $"At most {maxLength} characters.");
            return null;
        }

        return trimmed;
    }

    private static IReadOnlyList<string> ParseTags(string? text, FieldErrors errors)
    {
        var tags = (text ?? string.Empty)
            .Split(ExpenseCsv.TagSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (tags.Count > ExpenseLimits.MaxTags)
        {
            errors.Add(ExpenseCsv.Tags, $"At most {ExpenseLimits.MaxTags} tags.");
        }

        if (tags.Any(tag => tag.Length > ExpenseLimits.TagMaxLength))
        {
            errors.Add(ExpenseCsv.Tags, $"A tag has at most {ExpenseLimits.TagMaxLength} characters.");
        }

        return tags;
    }
}
