using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Idempotency;
using ExpenseTracker.Application.Notifications;
using ExpenseTracker.Application.Receipts;
using ExpenseTracker.Application.Recurring;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Application.Transfers;
using ExpenseTracker.Application.Users;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Infrastructure.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>The embedded store: one SQLite file under <c>Storage:DataDirectory</c>, migrated on start.</summary>
    public static IServiceCollection AddSqliteStore(this IServiceCollection services)
    {
        services.AddSingleton<SqliteDatabase>();
        services.AddHostedService<SqliteMigrator>();
        services.AddHostedService<SqliteHousekeeping>();
        services.AddSingleton<IExpenseStore, SqliteExpenseStore>();
        services.AddSingleton<ICategoryStore, SqliteCategoryStore>();
        services.AddSingleton<IBudgetStore, SqliteBudgetStore>();
        services.AddSingleton<IUserStore, SqliteUserStore>();
        services.AddSingleton<IReportStore, SqliteReportStore>();
        services.AddSingleton<IIdempotencyStore, SqliteIdempotencyStore>();
        services.AddSingleton<IReceiptStore, SqliteReceiptStore>();
        services.AddSingleton<IExpenseImportStore, SqliteExpenseImportStore>();
        services.AddSingleton<SqliteArchiveStore>();
        services.AddSingleton<IArchiveStore>(provider => provider.GetRequiredService<SqliteArchiveStore>());
        services.AddSingleton<IArchivedSpending>(provider => provider.GetRequiredService<SqliteArchiveStore>());
        services.AddHealthChecks().AddCheck<SqliteHealthCheck>("expensedb", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// The embedded stores of the messaging side: the outbox as relays see it, recurring rules, notifications, the
    /// in-process dead-letter queue. They share the expense database, so a change and its event commit together.
    /// </summary>
    public static IServiceCollection AddSqliteMessagingStores(this IServiceCollection services)
    {
        services.AddSingleton<SqliteOutboxStore>();
        services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<SqliteOutboxStore>());
        services.AddSingleton<IRecurringStore, SqliteRecurringStore>();
        services.AddSingleton<INotificationStore, SqliteNotificationStore>();
        services.AddSingleton<IDeadLetterStore, SqliteDeadLetterStore>();
        return services;
    }
}
