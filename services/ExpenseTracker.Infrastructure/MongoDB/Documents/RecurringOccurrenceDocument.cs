using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>
/// An occurrence of a recurring rule that has its expense, in the <c>recurringOccurrences</c> collection: unique per
/// rule and date, so whoever records it second is refused.
/// </summary>
internal sealed class RecurringOccurrenceDocument
{
    public ObjectId Id { get; set; }
    public Guid RuleId { get; set; }
    public DateOnly Date { get; set; }
    public Guid ExpenseId { get; set; }
}
