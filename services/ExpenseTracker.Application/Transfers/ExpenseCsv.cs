using System.Text;

namespace ExpenseTracker.Application.Transfers;

/// <summary>The CSV layout of expenses, shared by import and export.</summary>
public static class ExpenseCsv
{
    public const string Date = "date";
    public const string Amount = "amount";
    public const string Currency = "currency";
    public const string Category = "category";
    public const string Merchant = "merchant";
    public const string Note = "note";
    public const string Tags = "tags";

    /// <summary>The columns, in the order export writes them.</summary>
    public static IReadOnlyList<string> Columns { get; } = [Date, Amount, Currency, Category, Merchant, Note, Tags];

    /// <summary>The columns a row cannot do without.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = [Date, Amount, Currency];

    public const char TagSeparator = '|';

    public const string MediaType = "text/csv";

    /// <summary>One CSV line (RFC 4180, CRLF-terminated): a field is quoted when it holds a separator, a quote, a line break or edge spaces.</summary>
    public static void AppendLine(StringBuilder line, IReadOnlyList<string?> fields, char separator = ',')
    {
        for (var index = 0; index < fields.Count; index++)
        {
            if (index > 0)
            {
                line.Append(separator);
            }

            var field = fields[index] ?? string.Empty;
            if (NeedsQuotes(field, separator))
            {
                line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(field);
            }
        }

        line.Append("\r\n");
    }

    private static bool NeedsQuotes(string field, char separator) =>
        field.Length > 0
        && (field.IndexOfAny([separator, '"', '\r', '\n']) >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));
}
