using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Idempotency;
using ExpenseTracker.Application.Receipts;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain;
using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Application.Expenses;

/// <summary>Recording, reading, changing and deleting a user's expenses.</summary>
public sealed class ExpenseService(
    IExpenseStore expenses,
    ICategoryStore categories,
    IIdempotencyStore idempotency,
    UserViewCache views,
    TimeProvider clock,
    IReceiptStore receipts,
    ReceiptService receiptFiles)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Created(ExpenseResponse Expense, bool Replayed);

    public async Task<Result<Created>> CreateAsync(string userId, ExpenseRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var requestHash = Hash(request);
        if (idempotencyKey is not null)
        {
            if (idempotencyKey.Length is 0 or > IdempotencyRecord.MaxKeyLength)
            {
                return Error.Validation("Idempotency-Key", $"An Idempotency-Key has 1 to {IdempotencyRecord.MaxKeyLength} characters.");
            }

            if (await FindReplayAsync(userId, idempotencyKey, requestHash, cancellationToken) is { } earlier)
            {
                return earlier;
            }
        }

        var validated = await ValidateAsync(userId, request, cancellationToken);
        if (!validated.IsSuccess)
        {
            return validated.Error;
        }

        var now = clock.GetUtcNow();
        var (date, details) = validated.Value;
        var expense = Expense.Record(userId, date, details, now);
        var response = expense.ToResponse();
        var record = idempotencyKey is null
            ? null
            : new IdempotencyRecord(userId, idempotencyKey, requestHash, 201, JsonSerializer.Serialize(response, Json), now);

        var message = OutboxMessage.From(new ExpenseCreated(expense.ToSnapshot()) { UserId = userId, OccurredAt = now });
        if (!await expenses.AddAsync(expense, message, record, cancellationToken))
        {
            // Another request with the same key won the race; answer what it answered.
            return await FindReplayAsync(userId, idempotencyKey!, requestHash, cancellationToken)
                ?? Error.Conflict("The request is being retried.", "A request with this Idempotency-Key just expired; send it again.");
        }

        ApplicationMetrics.ExpenseRecorded(ApplicationMetrics.Sources.Api);
        await views.InvalidateReportsAsync(userId, cancellationToken);
        return new Created(response, Replayed: false);
    }

    public async Task<Result<ExpenseResponse>> GetAsync(string userId, Guid id, CancellationToken cancellationToken) =>
        await expenses.FindAsync(userId, id, cancellationToken) is { } expense
            ? expense.ToResponse(await ReceiptsOfAsync(userId, expense.Id, cancellationToken))
            : Error.NotFound("Expense");

    public async Task<Result<PagedResponse<ExpenseResponse>>> ListAsync(string userId, ExpenseQuery query, CancellationToken cancellationToken)
    {
        var parsed = ExpenseQueryParser.Parse(query);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var (filter, sort, page) = parsed.Value;
        var result = await expenses.ListAsync(userId, filter, sort, page, cancellationToken);
        var receiptsOf = await receipts.ListByExpenseAsync(userId, result.Items.Select(expense => expense.Id).ToList(), cancellationToken);
        return new PagedResponse<ExpenseResponse>(
            result.Items.Select(expense => expense.ToResponse(receiptsOf.GetValueOrDefault(expense.Id))).ToList(), page.Page, page.PageSize, result.TotalCount);
    }

    /// <summary>Replaces an expense. With <paramref name="ifMatchVersion"/>, a newer stored version refuses the change.</summary>
    public async Task<Result<ExpenseResponse>> ReplaceAsync(string userId, Guid id, ExpenseRequest request, long? ifMatchVersion, CancellationToken cancellationToken)
    {
        var validated = await ValidateAsync(userId, request, cancellationToken);
        while (true)
        {
            var expense = await expenses.FindAsync(userId, id, cancellationToken);
            if (expense is null)
            {
                return Error.NotFound("Expense");
            }

            if (ifMatchVersion is { } expected && expected != expense.Version)
            {
                return Error.StaleVersion;
            }

            if (!validated.IsSuccess)
            {
                return validated.Error;
            }

            var before = expense.ToSnapshot();
            var loadedVersion = expense.Version;
            var now = clock.GetUtcNow();
            expense.Replace(validated.Value.Date, validated.Value.Details, now);
            var message = OutboxMessage.From(new ExpenseUpdated(before, expense.ToSnapshot()) { UserId = userId, OccurredAt = now });
            if (await expenses.UpdateAsync(expense, loadedVersion, message, cancellationToken))
            {
                await views.InvalidateReportsAsync(userId, cancellationToken);
                return expense.ToResponse(await ReceiptsOfAsync(userId, expense.Id, cancellationToken));
            }

            // Changed between our read and our write: with If-Match that is a stale precondition, without it the last write wins.
            if (ifMatchVersion is not null)
            {
                return Error.StaleVersion;
            }
        }
    }

    public async Task<Result<bool>> DeleteAsync(string userId, Guid id, long? ifMatchVersion, CancellationToken cancellationToken)
    {
        while (true)
        {
            var expense = await expenses.FindAsync(userId, id, cancellationToken);
            if (expense is null)
            {
                return Error.NotFound("Expense");
            }

            if (ifMatchVersion is { } expected && expected != expense.Version)
            {
                return Error.StaleVersion;
            }

            var message = OutboxMessage.From(new ExpenseDeleted(expense.ToSnapshot()) { UserId = userId, OccurredAt = clock.GetUtcNow() });
            var attached = await ReceiptsOfAsync(userId, expense.Id, cancellationToken);
            if (await expenses.DeleteAsync(expense, expense.Version, message, cancellationToken))
            {
                // The receipts' rows went with the expense; their blobs follow.
                foreach (var receipt in attached)
                {
                    await receiptFiles.DeleteBlobQuietlyAsync(receipt.BlobName);
                }

                await views.InvalidateReportsAsync(userId, cancellationToken);
                return true;
            }

            if (ifMatchVersion is not null)
            {
                return Error.StaleVersion;
            }
        }
    }

    private async Task<IReadOnlyList<Domain.Receipts.Receipt>> ReceiptsOfAsync(string userId, Guid expenseId, CancellationToken cancellationToken) =>
        (await receipts.ListByExpenseAsync(userId, [expenseId], cancellationToken)).GetValueOrDefault(expenseId) ?? [];

    private async Task<Result<(DateOnly Date, ExpenseDetails Details)>> ValidateAsync(string userId, ExpenseRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var details = await request.ToDetailsInput().ValidateAsync(userId, categories, errors, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (request.Date is not { } date)
        {
            errors.Add("date", "The date is required (yyyy-MM-dd).");
        }
        else if (date < ExpenseLimits.EarliestDate || date > ExpenseLimits.LatestDate(today))
        {
            errors.Add("date", "The date must be between 1970-01-01 and one year from today.");
        }

        return errors.Any || details is null ? errors.ToError() : (request.Date!.Value, details);
    }

    private async Task<Result<Created>?> FindReplayAsync(string userId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var notBefore = clock.GetUtcNow() - IdempotencyRecord.Lifetime;
        var record = await idempotency.FindAsync(userId, key, notBefore, cancellationToken);
        if (record is null)
        {
            return null;
        }

        if (record.RequestHash != requestHash)
        {
            return Error.IdempotencyKeyReused;
        }

        var response = JsonSerializer.Deserialize<ExpenseResponse>(record.ResponseBody, Json)
            ?? throw new DomainException("An idempotency record has no body.");
        return new Created(response, Replayed: true);
    }

    private static string Hash(ExpenseRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, Json))));
}
