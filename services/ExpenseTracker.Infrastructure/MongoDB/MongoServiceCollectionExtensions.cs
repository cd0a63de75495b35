using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Idempotency;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Application.Users;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Infrastructure.MongoDB;

public static class MongoServiceCollectionExtensions
{
    /// <summary>
    /// The MongoDB store behind every storage port. Needs the <c>IMongoClient</c> and <c>IMongoDatabase</c> that
    /// <c>AddMongoDBClient</c> registers; collections and indexes are made at start.
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
        return services;
    }
}
