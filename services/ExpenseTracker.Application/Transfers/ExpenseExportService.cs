using System.Globalization;
using System.Text;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Application.Transfers;

/// <summary>
/// Writes a user's expenses as CSV, oldest first, in the import's layout, page by page: the file the user gets back
/// imports unchanged.
/// </summary>
public sealed class ExpenseExportService(IExpenseStore expenses, ICategoryStore categories)
{
    public const int PageSize = 1000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The filter of an export, from the list's query parameters (sorting and paging do not apply).</summary>
    public static Result<ExpenseFilter> ParseFilter(ExpenseQuery query) =>
        ExpenseQueryParser.Parse(query with { Sort = null, Page = null, PageSize = null }).Map(parsed => parsed.Filter);

    public async Task WriteAsync(string userId, ExpenseFilter filter, Stream output, CancellationToken cancellationToken)
    {
        var categoryNames = (await categories.ListAsync(userId, cancellationToken)).ToDictionary(category => category.Id, category => category.Name);
        await using var writer = new StreamWriter(output, Utf8, bufferSize: 64 * 1024, leaveOpen: true);
        var line = new StringBuilder();
        ExpenseCsv.AppendLine(line, ExpenseCsv.Columns);
        for (var page = 1; ; page++)
        {
            var result = await expenses.ListAsync(userId, filter, ExpenseSort.DateAscending, new PageRequest(page, PageSize), cancellationToken);
            foreach (var expense in result.Items)
            {
                ExpenseCsv.AppendLine(line, Fields(expense, categoryNames));
            }

            await writer.WriteAsync(line, cancellationToken);
            line.Clear();
            if (result.Items.Count < PageSize)
            {
                break;
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string?[] Fields(Expense expense, Dictionary<Guid, string> categoryNames)
    {
        var amount = expense.Details.Amount;
        return
        [
            expense.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            amount.Amount.ToString($"F{amount.Currency.MinorUnits}", CultureInfo.InvariantCulture),
            amount.Currency.Code,
            expense.Details.CategoryId is { } id ? categoryNames.GetValueOrDefault(id) : null,
            expense.Details.Merchant,
            expense.Details.Note,
            string.Join(ExpenseCsv.TagSeparator, expense.Details.Tags),
        ];
    }
}
