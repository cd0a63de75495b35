using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

internal static class BudgetQueries
{
    static BudgetQueries() => MongoClassMaps.Register();

    private static FilterDefinitionBuilder<BudgetDocument> Filter => Builders<BudgetDocument>.Filter;

    public static MongoQuery<BudgetDocument> OfUser(string userId) =>
        new(MongoCollectionNames.Budgets, Filter.Eq(d => d.UserId, userId), Builders<BudgetDocument>.Sort.Ascending(d => d.CategoryId));

    public static MongoQuery<BudgetDocument> OfCategory(string userId, Guid categoryId) =>
        new(MongoCollectionNames.Budgets, Filter.Eq(d => d.UserId, userId) & Filter.Eq(d => d.CategoryId, categoryId));
}
