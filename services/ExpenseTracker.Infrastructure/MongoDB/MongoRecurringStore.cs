using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Recurring;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Recurring;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

public sealed class MongoRecurringStore(MongoStore store, TimeProvider clock) : IRecurringStore
{
    public async Task<IReadOnlyList<RecurringRule>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var query = RecurringQueries.OfUser(userId);
        var documents = await store.RecurringRules.Find(query.Filter).Sort(query.Sort).ToListAsync(cancellationToken);
        return documents.Select(document => document.ToRule()).ToList();
    }

    public async Task<RecurringRule?> FindAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        var document = await store.RecurringRules.Find(RecurringQueries.ById(userId, id).Filter).FirstOrDefaultAsync(cancellationToken);
        return document?.ToRule();
    }

    public Task AddAsync(RecurringRule rule, OutboxMessage message, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async (session, token) =>
        {
            await store.RecurringRules.InsertOneAsync(session, RecurringRuleDocument.From(rule, clock.GetUtcNow()), cancellationToken: token);
            await store.AppendToOutboxAsync(session, message, token);
            return true;
        }, cancellationToken);

    public Task<bool> UpdateAsync(RecurringRule rule, long expectedVersion, OutboxMessage message, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async (session, token) =>
        {
            if (!await SaveAsync(session, rule, expectedVersion, token))
            {
                return false;
            }

            await store.AppendToOutboxAsync(session, message, token);
            return true;
        }, cancellationToken);

    public Task<bool> DeleteAsync(RecurringRule rule, OutboxMessage message, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async (session, token) =>
        {
            var deleted = await store.RecurringRules.DeleteOneAsync(session, RecurringQueries.ById(rule.UserId, rule.Id).Filter, cancellationToken: token);
            if (deleted.DeletedCount == 0)
            {
                return false;
            }

            // The expenses it created stay; the record of which dates it created goes with the rule.
            await store.RecurringOccurrences.DeleteManyAsync(session, RecurringQueries.OccurrencesOf(rule.Id).Filter, cancellationToken: token);
            await store.AppendToOutboxAsync(session, message, token);
            return true;
        }, cancellationToken);

    public async Task<IReadOnlyList<RecurringRule>> ListDueAsync(DateOnly today, int max, CancellationToken cancellationToken)
    {
        var query = RecurringQueries.Due(today);
        var documents = await store.RecurringRules.Find(query.Filter).Sort(query.Sort).Limit(max).ToListAsync(cancellationToken);
        return documents.Select(document => document.ToRule()).ToList();
    }

    /// <summary>
    /// Two schedulers that try the same occurrence both write the rule: the server lets one transaction through and
    /// makes the other retry, which then finds the version moved on and writes nothing. The unique (rule, date) key
    /// refuses an occurrence recorded before under another version (the user edited the rule meanwhile).
    /// </summary>
    public Task<bool> AddOccurrenceAsync(RecurringRule rule, long expectedVersion, DateOnly date, Expense expense, OutboxMessage message, CancellationToken cancellationToken) =>
        store.InTransactionOrRollbackAsync(async (session, token) =>
        {
            if (!await SaveAsync(session, rule, expectedVersion, token))
            {
                return false;
            }

            try
            {
                await store.RecurringOccurrences.InsertOneAsync(
                    session,
                    new RecurringOccurrenceDocument { RuleId = rule.Id, Date = date, ExpenseId = expense.Id },
                    cancellationToken: token);
            }
            catch (MongoWriteException taken) when (MongoErrors.IsDuplicateKey(taken))
            {
                throw MongoStore.Rollback(taken);
            }

            await store.Expenses.InsertOneAsync(session, ExpenseDocument.From(expense), cancellationToken: token);
            await store.AppendToOutboxAsync(session, message, token);
            return true;
        }, whenRolledBack: false, cancellationToken);

    private async Task<bool> SaveAsync(IClientSessionHandle session, RecurringRule rule, long expectedVersion, CancellationToken cancellationToken)
    {
        var saved = await store.RecurringRules.UpdateOneAsync(
            session,
            RecurringQueries.AtVersion(rule.UserId, rule.Id, expectedVersion).Filter,
            RecurringQueries.Save(rule, clock.GetUtcNow()),
            cancellationToken: cancellationToken);
        return saved.MatchedCount == 1;
    }
}
