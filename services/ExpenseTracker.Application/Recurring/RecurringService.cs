using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Recurring;

namespace ExpenseTracker.Application.Recurring;

/// <summary>Creating, reading, changing and deleting a user's recurring expenses. The scheduler turns them into expenses.</summary>
public sealed class RecurringService(IRecurringStore rules, ICategoryStore categories, TimeProvider clock)
{
    public async Task<IReadOnlyList<RecurringResponse>> ListAsync(string userId, CancellationToken cancellationToken) =>
        (await rules.ListAsync(userId, cancellationToken)).Select(rule => rule.ToResponse()).ToList();

    public async Task<Result<RecurringResponse>> CreateAsync(string userId, RecurringRequest request, CancellationToken cancellationToken)
    {
        var validated = await ValidateAsync(userId, request, cancellationToken);
        if (!validated.IsSuccess)
        {
            return validated.Error;
        }

        var now = clock.GetUtcNow();
        var rule = RecurringRule.Create(userId, validated.Value.Template, validated.Value.Schedule, now);
        await rules.AddAsync(rule, OutboxMessage.From(new RecurringRuleCreated(rule.Id) { UserId = userId, OccurredAt = now }), cancellationToken);
        return rule.ToResponse();
    }

    public async Task<Result<RecurringResponse>> ReplaceAsync(string userId, Guid id, RecurringRequest request, CancellationToken cancellationToken)
    {
        var validated = await ValidateAsync(userId, request, cancellationToken);
        while (true)
        {
            var rule = await rules.FindAsync(userId, id, cancellationToken);
            if (rule is null)
            {
                return Error.NotFound("Recurring expense");
            }

            if (!validated.IsSuccess)
            {
                return validated.Error;
            }

            var loadedVersion = rule.Version;
            var now = clock.GetUtcNow();
            rule.Replace(validated.Value.Template, validated.Value.Schedule, DateOnly.FromDateTime(now.UtcDateTime));
            var message = OutboxMessage.From(new RecurringRuleUpdated(rule.Id) { UserId = userId, OccurredAt = now });
            if (await rules.UpdateAsync(rule, loadedVersion, message, cancellationToken))
            {
                return rule.ToResponse();
            }

            // The scheduler created an occurrence between our read and our write: read again and reapply.
        }
    }

    public async Task<Result<bool>> DeleteAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        var rule = await rules.FindAsync(userId, id, cancellationToken);
        if (rule is null)
        {
            return Error.NotFound("Recurring expense");
        }

        var message = OutboxMessage.From(new RecurringRuleDeleted(rule.Id) { UserId = userId, OccurredAt = clock.GetUtcNow() });
        return await rules.DeleteAsync(rule, message, cancellationToken) ? true : Error.NotFound("Recurring expense");
    }

    private async Task<Result<(ExpenseDetails Template, Schedule Schedule)>> ValidateAsync(string userId, RecurringRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var input = new ExpenseDetailsInput(request.Amount, request.Currency, request.CategoryId, request.Merchant, request.Note, request.Tags, request.PaymentMethod);
        var template = await input.ValidateAsync(userId, categories, errors, cancellationToken);

        if (!RecurringMapping.TryParseFrequency(request.Frequency, out var frequency))
        {
            errors.Add("frequency", "The frequency is weekly, monthly or yearly.");
        }

        var interval = request.Interval ?? 1;
        if (interval is < 1 or > Schedule.MaxInterval)
        {
            errors.Add("interval", $"The interval is a whole number from 1 to {Schedule.MaxInterval}.");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (request.StartDate is not { } start)
        {
            errors.Add("startDate", "The start date is required (yyyy-MM-dd).");
        }
        else if (start < ExpenseLimits.EarliestDate || start > ExpenseLimits.LatestDate(today))
        {
            errors.Add("startDate", "The start date must be between 1970-01-01 and one year from today.");
        }

        if (request.EndDate is { } end && request.StartDate is { } begin && end < begin)
        {
            errors.Add("endDate", "The end date cannot be before the start date.");
        }

        if (errors.Any || template is null)
        {
            return errors.ToError();
        }

        return (template, new Schedule(frequency, interval, request.StartDate!.Value, request.EndDate));
    }
}
