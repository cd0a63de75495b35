using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Idempotency;
using ExpenseTracker.Application.Notifications;
using ExpenseTracker.Application.Receipts;
using ExpenseTracker.Application.Recurring;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Application.Transfers;
using ExpenseTracker.Application.Users;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Infrastructure.MongoDB;

public static class MongoServiceCollectionExtensions
{
    /// <summary>
    /// The MongoDB store behind every storage port, the messaging side included (outbox relays, recurring rules,
    /// notifications, processed messages, dead letters): no SQLite file is opened. Needs the <c>IMongoClient</c> and
    /// <c>IMongoDatabase</c> that <c>AddMongoDBClient</c> registers; collections and indexes are made at start, and
    /// TTL indexes do the housekeeping.
    /// </summary>
    public static IServiceCollection AddMongoStore(this IServiceCollection services)
    {
        MongoClassMaps.Register();
        services.AddSingleton<MongoStore>();
        services.AddHostedService<MongoStoreInitializer>();
        services.AddSingleton<IExpenseStore, MongoExpenseStore>();
        services.AddSingleton<ICategoryStore, MongoCategoryStore>();
        services.AddSingleton<IBudgetStore, MongoBudgetStore>();
        services.AddSingleton<IUserStore, MongoUserStore>();
        services.AddSingleton<IReportStore, MongoReportStore>();
        services.AddSingleton<IIdempotencyStore, MongoIdempotencyStore>();
        services.AddSingleton<IReceiptStore, MongoReceiptStore>();
        services.AddSingleton<IExpenseImportStore, MongoExpenseImportStore>();
        services.AddSingleton<IArchiveStore, MongoArchiveStore>();
        services.AddSingleton<IArchivedSpending, MongoArchivedSpending>();
        services.AddSingleton<IOutboxStore, MongoOutboxStore>();
        services.AddSingleton<IRecurringStore, MongoRecurringStore>();
        services.AddSingleton<INotificationStore, MongoNotificationStore>();
        services.AddSingleton<IDeadLetterStore, MongoDeadLetterStore>();
        return services;
    }
}
