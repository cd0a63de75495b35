using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

internal static class UserQueries
{
    static UserQueries() => MongoClassMaps.Register();

    public static MongoQuery<UserDocument> ById(string userId) =>
        new(MongoCollectionNames.Users, Builders<UserDocument>.Filter.Eq(d => d.Id, userId));
}
