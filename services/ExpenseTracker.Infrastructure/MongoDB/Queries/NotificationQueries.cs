using ExpenseTracker.Domain.Notifications;
using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

internal static class NotificationQueries
{
    static NotificationQueries() => MongoClassMaps.Register();

    private static FilterDefinitionBuilder<NotificationDocument> Filter => Builders<NotificationDocument>.Filter;

    /// <summary>The user's notifications, newest first; of two alerts raised together, the higher threshold first.</summary>
    public static MongoQuery<NotificationDocument> OfUser(string userId) =>
        new(
            MongoCollectionNames.Notifications,
            Filter.Eq(d => d.UserId, userId),
            Builders<NotificationDocument>.Sort.Descending(d => d.CreatedAt).Descending(d => d.Threshold).Descending(d => d.Id));

    public static MongoQuery<NotificationDocument> ById(string userId, Guid id) =>
        new(MongoCollectionNames.Notifications, Filter.Eq(d => d.Id, id) & Filter.Eq(d => d.UserId, userId));

    public static MongoQuery<NotificationDocument> UnreadById(string userId, Guid id) =>
        new(MongoCollectionNames.Notifications, Filter.Eq(d => d.Id, id) & Filter.Eq(d => d.UserId, userId) & Filter.Eq(d => d.ReadAt, null));

    /// <summary>The budget alert of a category, month and threshold: a user has it once at most (a unique partial index).</summary>
    public static MongoQuery<NotificationDocument> BudgetAlert(string userId, Guid categoryId, string month, int threshold) =>
        new(
            MongoCollectionNames.Notifications,
            Filter.Eq(d => d.UserId, userId)
            & Filter.Eq(d => d.CategoryId, categoryId)
            & Filter.Eq(d => d.Month, month)
            & Filter.Eq(d => d.Threshold, threshold)
            & IsBudgetAlert);

    /// <summary>What makes a notification a budget alert, and puts it under the uniqueness of <see cref="BudgetAlert"/>.</summary>
    public static FilterDefinition<NotificationDocument> IsBudgetAlert => Filter.Eq(d => d.Kind, Notification.BudgetThresholdKind);
}
