using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Blobs;
using ExpenseTracker.Domain;
using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Application.Transfers;

/// <summary>
/// The duplicate keys (date, amount, currency, merchant) of a user's archived expenses, so that a file imported again
/// after its months moved to cold storage still imports nothing new. A month's archive is read at most once per import,
/// and only when a row falls in it.
/// </summary>
internal sealed class ArchivedExpenseKeys(string userId, IArchiveStore archive, IBlobStorage blobs)
{
    private readonly Dictionary<YearMonth, HashSet<(DateOnly, long, string, string?)>> _keysByMonth = [];
    private Dictionary<YearMonth, string>? _archivedMonths;

    public async Task<bool> ContainsAsync(Expense expense, CancellationToken cancellationToken)
    {
        _archivedMonths ??= (await archive.ListAsync(userId, cancellationToken))
            .Where(month => month.BlobName is not null)
            .ToDictionary(month => month.Month, month => month.BlobName!);
        var month = YearMonth.Of(expense.Date);
        if (!_archivedMonths.TryGetValue(month, out var blobName))
        {
            return false;
        }

        if (!_keysByMonth.TryGetValue(month, out var keys))
        {
            keys = [];
            await using (var download = await blobs.OpenReadAsync(blobName, cancellationToken))
            {
                if (download is not null)
                {
                    foreach (var archived in await ArchiveCodec.DecodeAsync(download.Content, cancellationToken))
                    {
                        keys.Add((archived.Date, archived.AmountMinor, archived.Currency, archived.Merchant));
                    }
                }
            }

            _keysByMonth[month] = keys;
        }

        return keys.Contains((expense.Date, expense.Details.Amount.MinorUnits, expense.Details.Currency.Code, expense.Details.Merchant));
    }
}
