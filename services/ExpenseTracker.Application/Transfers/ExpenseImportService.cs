using System.Text;
using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Blobs;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain;
using ExpenseTracker.Domain.Categories;
using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Application.Transfers;

/// <summary>
/// Imports expenses from a CSV file, streaming: records are read one at a time and written in batches, each batch
/// in one transaction with its events. Every row stands alone: a bad row is reported with its line and skipped.
/// </summary>
public sealed class ExpenseImportService(
    IExpenseImportStore store,
    ICategoryStore categories,
    IArchiveStore archive,
    IBlobStorage blobs,
    UserViewCache views,
    TimeProvider clock)
{
    public const int BatchSize = 500;

    public async Task<Result<ImportResponse>> ImportAsync(string userId, Stream body, CancellationToken cancellationToken)
    {
        // A UTF-8 BOM is recognised and dropped; bytes that are not UTF-8 become U+FFFD rather than failing the file.
        using var text = new StreamReader(body, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var reader = new CsvRecordReader(text);
        await reader.DetectSeparatorAsync(cancellationToken);

        var header = await reader.ReadAsync(cancellationToken);
        if (header is null)
        {
            return Error.Validation("file", $"The file is empty: it needs a header line ({string.Join(',', ExpenseCsv.Columns)}) and rows.");
        }

        var now = clock.GetUtcNow();
        var parser = ImportRowParser.FromHeader(header.Fields, reader.Separator, DateOnly.FromDateTime(now.UtcDateTime));
        if (!parser.IsSuccess)
        {
            return parser.Error;
        }

        var run = new ImportRun(userId, store, await CategoriesByKeyAsync(userId, cancellationToken));
        var archived = new ArchivedExpenseKeys(userId, archive, blobs);
        while (await reader.ReadAsync(cancellationToken) is { } record)
        {
            if (record.Error is not null)
            {
                run.Refuse(record.Line, record.Error);
                continue;
            }

            var row = parser.Value.Parse(record.Fields);
            if (!row.IsSuccess)
            {
                run.Refuse(record.Line, Describe(row.Error));
                continue;
            }

            var categoryId = await run.CategoryIdAsync(row.Value.CategoryName, categories, cancellationToken);
            try
            {
                var details = new ExpenseDetails(row.Value.Amount, categoryId, row.Value.Merchant, row.Value.Note, row.Value.Tags, paymentMethod: null);
                var expense = Expense.Record(userId, row.Value.Date, details, now);
                if (await archived.ContainsAsync(expense, cancellationToken))
                {
                    run.CountDuplicate();
                    continue;
                }

                var message = OutboxMessage.From(new ExpenseCreated(expense.ToSnapshot()) { UserId = userId, OccurredAt = now });
                await run.AddAsync(new ImportedExpense(expense, message), cancellationToken);
            }
            catch (DomainException broken)
            {
                run.Refuse(record.Line, broken.Message);
            }
        }

        await run.FlushAsync(cancellationToken);
        if (run.CreatedCategories)
        {
            await views.InvalidateCategoriesAsync(userId, cancellationToken);
        }

        if (run.Imported > 0)
        {
            await views.InvalidateReportsAsync(userId, cancellationToken);
        }

        ApplicationMetrics.ImportFinished(run.Imported, run.Duplicates, run.Errors.Count);
        return new ImportResponse(run.Imported, run.Duplicates, run.Errors);
    }

    private async Task<Dictionary<string, Guid>> CategoriesByKeyAsync(string userId, CancellationToken cancellationToken) =>
        (await categories.ListAsync(userId, cancellationToken)).ToDictionary(category => category.NameKey, category => category.Id, StringComparer.Ordinal);

    private static string Describe(Error error) =>
        error.FieldErrors is null
            ? error.Detail
            : string.Join(" ", error.FieldErrors.SelectMany(field => field.Value.Select(message => field.Key == "row" ? message : $"{field.Key}: {message}")));

    /// <summary>The state of one import: the batch being filled, the counts, and what was created along the way.</summary>
    private sealed class ImportRun(string userId, IExpenseImportStore store, Dictionary<string, Guid> categoriesByKey)
    {
        private readonly List<ImportedExpense> _batch = new(BatchSize);
        private readonly HashSet<Guid> _added = [];

        public int Imported { get; private set; }
        public int Duplicates { get; private set; }
        public List<ImportError> Errors { get; } = [];
        public bool CreatedCategories { get; private set; }

        public void Refuse(long line, string message) => Errors.Add(new ImportError(line, message));

        public void CountDuplicate() => Duplicates++;

        public async Task<Guid?> CategoryIdAsync(string? name, ICategoryStore categories, CancellationToken cancellationToken)
        {
            if (name is null)
            {
                return null;
            }

            var key = Category.KeyOf(name);
            if (categoriesByKey.TryGetValue(key, out var id))
            {
                return id;
            }

            var category = Category.Create(userId, name, color: null);
            if (await categories.AddAsync(category, cancellationToken))
            {
                CreatedCategories = true;
                return categoriesByKey[key] = category.Id;
            }

            // Created by another request meanwhile: use that one.
            var existing = (await categories.ListAsync(userId, cancellationToken)).Single(candidate => candidate.NameKey == key);
            return categoriesByKey[key] = existing.Id;
        }

        public async Task AddAsync(ImportedExpense expense, CancellationToken cancellationToken)
        {
            _batch.Add(expense);
            if (_batch.Count >= BatchSize)
            {
                await FlushAsync(cancellationToken);
            }
        }

        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_batch.Count == 0)
            {
                return;
            }

            var added = await store.AddUnlessDuplicateAsync(userId, _batch, _added, cancellationToken);
            for (var index = 0; index < _batch.Count; index++)
            {
                if (added[index])
                {
                    _added.Add(_batch[index].Expense.Id);
                    Imported++;
                }
                else
                {
                    Duplicates++;
                }
            }

            _batch.Clear();
        }
    }
}
