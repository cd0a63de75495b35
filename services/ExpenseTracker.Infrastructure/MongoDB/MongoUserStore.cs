using ExpenseTracker.Application.Users;
using ExpenseTracker.Domain.Categories;
using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Users;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB;

public sealed class MongoUserStore(MongoStore store, TimeProvider clock) : IUserStore
{
    public async Task EnsureProvisionedAsync(string userId, UserSettings settings, IReadOnlyList<Category> startingCategories, CancellationToken cancellationToken)
    {
        if (await store.Users.Find(UserQueries.ById(userId).Filter).Limit(1).AnyAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await store.InTransactionAsync(async (session, token) =>
            {
                await store.Users.InsertOneAsync(
                    session,
                    new UserDocument
                    {
                        Id = userId,
                        DefaultCurrency = settings.DefaultCurrency.Code,
                        Locale = settings.Locale,
                        CreatedAt = clock.GetUtcNow().UtcDateTime,
                    },
                    cancellationToken: token);
                if (startingCategories.Count > 0)
                {
                    await store.Categories.InsertManyAsync(session, startingCategories.Select(CategoryDocument.From), cancellationToken: token);
                }

                return true;
            }, cancellationToken);
        }
        catch (Exception duplicate) when (MongoErrors.IsDuplicateKey(duplicate))
        {
            // Another request or process provisioned the user first; its transaction gave them their categories.
        }
    }

    public async Task<UserSettings> GetSettingsAsync(string userId, CancellationToken cancellationToken)
    {
        var document = await store.Users.Find(UserQueries.ById(userId).Filter).FirstOrDefaultAsync(cancellationToken);
        return document is null ? UserSettings.Default : new UserSettings(Currency.Of(document.DefaultCurrency), document.Locale);
    }

    public Task SaveSettingsAsync(string userId, UserSettings settings, CancellationToken cancellationToken) =>
        store.Users.UpdateOneAsync(
            UserQueries.ById(userId).Filter,
            Builders<UserDocument>.Update
                .Set(d => d.DefaultCurrency, settings.DefaultCurrency.Code)
                .Set(d => d.Locale, settings.Locale)
                .SetOnInsert(d => d.CreatedAt, clock.GetUtcNow().UtcDateTime),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
}
