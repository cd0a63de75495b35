using ExpenseTracker.Application.Recurring;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Recurring;

namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>
/// A recurring rule in the <c>recurringRules</c> collection: its expense template flat beside its schedule, so that
/// <c>categoryId</c>, <c>version</c> and <c>updatedAt</c> sit where a category deletion looks for them.
/// <see cref="NextOccurrence"/> is the scheduler's key: null once the rule has ended.
/// </summary>
internal sealed class RecurringRuleDocument
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";
    public Guid? CategoryId { get; set; }
    public string? Merchant { get; set; }
    public string? Note { get; set; }
    public string? PaymentMethod { get; set; }
    public string[] Tags { get; set; } = [];
    public string Frequency { get; set; } = "";
    public int Interval { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public long OccurrencesCreated { get; set; }
    public DateOnly? NextOccurrence { get; set; }
    public long Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The rule as first stored; later saves set every field but <see cref="CreatedAt"/> (see <c>RecurringQueries.Save</c>).</summary>
    public static RecurringRuleDocument From(RecurringRule rule, DateTimeOffset now) => new()
    {
        Id = rule.Id,
        UserId = rule.UserId,
        Amount = rule.Template.Amount.Amount,
        Currency = rule.Template.Currency.Code,
        CategoryId = rule.Template.CategoryId,
        Merchant = rule.Template.Merchant,
        Note = rule.Template.Note,
        PaymentMethod = rule.Template.PaymentMethod,
        Tags = [.. rule.Template.Tags],
        Frequency = RecurringMapping.FrequencyName(rule.Schedule.Frequency),
        Interval = rule.Schedule.Interval,
        StartDate = rule.Schedule.StartDate,
        EndDate = rule.Schedule.EndDate,
        OccurrencesCreated = rule.OccurrencesCreated,
        NextOccurrence = rule.NextOccurrence,
        Version = rule.Version,
        CreatedAt = now.UtcDateTime,
        UpdatedAt = now.UtcDateTime,
    };

    public RecurringRule ToRule()
    {
        if (!RecurringMapping.TryParseFrequency(Frequency, out var frequency))
        {
            throw new InvalidOperationException($"Recurring rule {Id} has an unknown frequency '{Frequency}'.");
        }

        return RecurringRule.Restore(
            Id,
            UserId,
            new ExpenseDetails(Money.Of(Amount, Domain.Currencies.Currency.Of(Currency)), CategoryId, Merchant, Note, Tags, PaymentMethod),
            new Schedule(frequency, Interval, StartDate, EndDate),
            OccurrencesCreated,
            Version);
    }
}
