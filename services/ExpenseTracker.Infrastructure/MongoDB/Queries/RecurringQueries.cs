using ExpenseTracker.Application.Recurring;
using ExpenseTracker.Domain.Recurring;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

internal static class RecurringQueries
{
    static RecurringQueries() => MongoClassMaps.Register();

    private static FilterDefinitionBuilder<RecurringRuleDocument> Filter => Builders<RecurringRuleDocument>.Filter;

    /// <summary>The user's rules, oldest first.</summary>
    public static MongoQuery<RecurringRuleDocument> OfUser(string userId) =>
        new(MongoCollectionNames.RecurringRules, Filter.Eq(d => d.UserId, userId), Builders<RecurringRuleDocument>.Sort.Ascending(d => d.CreatedAt).Ascending(d => d.Id));

    public static MongoQuery<RecurringRuleDocument> ById(string userId, Guid id) =>
        new(MongoCollectionNames.RecurringRules, Filter.Eq(d => d.Id, id) & Filter.Eq(d => d.UserId, userId));

    /// <summary>The rule as long as nobody changed it since <paramref name="version"/>: optimistic concurrency.</summary>
    public static MongoQuery<RecurringRuleDocument> AtVersion(string userId, Guid id, long version) =>
        new(MongoCollectionNames.RecurringRules, Filter.Eq(d => d.Id, id) & Filter.Eq(d => d.UserId, userId) & Filter.Eq(d => d.Version, version));

    /// <summary>Rules of every user with an occurrence due on or before <paramref name="today"/>, the most overdue first (an ended rule has none).</summary>
    public static MongoQuery<RecurringRuleDocument> Due(DateOnly today) =>
        new(MongoCollectionNames.RecurringRules, Filter.Lte(d => d.NextOccurrence, today), Builders<RecurringRuleDocument>.Sort.Ascending(d => d.NextOccurrence).Ascending(d => d.Id));

    /// <summary>The occurrences a rule has turned into expenses.</summary>
    public static MongoQuery<RecurringOccurrenceDocument> OccurrencesOf(Guid ruleId) =>
        new(MongoCollectionNames.RecurringOccurrences, Builders<RecurringOccurrenceDocument>.Filter.Eq(d => d.RuleId, ruleId));

    /// <summary>Everything of the rule that can change: the template, the schedule, the progress, the version.</summary>
    public static UpdateDefinition<RecurringRuleDocument> Save(RecurringRule rule, DateTimeOffset now) =>
        Builders<RecurringRuleDocument>.Update
            .Set(d => d.Amount, rule.Template.Amount.Amount)
            .Set(d => d.Currency, rule.Template.Currency.Code)
            .Set(d => d.CategoryId, rule.Template.CategoryId)
            .Set(d => d.Merchant, rule.Template.Merchant)
            .Set(d => d.Note, rule.Template.Note)
            .Set(d => d.PaymentMethod, rule.Template.PaymentMethod)
            .Set(d => d.Tags, rule.Template.Tags.ToArray())
            .Set(d => d.Frequency, RecurringMapping.FrequencyName(rule.Schedule.Frequency))
            .Set(d => d.Interval, rule.Schedule.Interval)
            .Set(d => d.StartDate, rule.Schedule.StartDate)
            .Set(d => d.EndDate, rule.Schedule.EndDate)
            .Set(d => d.OccurrencesCreated, rule.OccurrencesCreated)
            .Set(d => d.NextOccurrence, rule.NextOccurrence)
            .Set(d => d.Version, rule.Version)
            .Set(d => d.UpdatedAt, now.UtcDateTime);
}
