using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Blobs;
using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Notifications;
using ExpenseTracker.Application.Receipts;
using ExpenseTracker.Application.Recurring;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Application.Transfers;
using ExpenseTracker.Application.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ExpenseTracker.Application;

public static class DependencyInjection
{
    /// <summary>The use cases. The ports they need come from an infrastructure adapter.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<UserProvisioning>();
        services.AddSingleton<UserViewCache>();
        services.AddScoped<ExpenseService>();
        services.AddScoped<CategoryService>();
        services.AddScoped<BudgetService>();
        services.AddScoped<SettingsService>();
        services.AddScoped<ReportService>();
        services.AddScoped<RecurringService>();
        services.AddScoped<NotificationService>();
        services.AddSingleton<RecurringScheduler>();
        services.AddScoped<ReceiptService>();
        services.AddScoped<ExpenseImportService>();
        services.AddScoped<ExpenseExportService>();
        services.AddScoped<ArchiveService>();
        services.AddScoped<OrphanBlobSweeper>();
        services.AddEventConsumer<BudgetAlertConsumer>(BudgetAlertConsumer.Registration);
        services.AddEventConsumer<CacheInvalidationConsumer>(CacheInvalidationConsumer.Registration);
        services.AddEventConsumer<NotificationPushConsumer>(NotificationPushConsumer.Registration);
        services.AddEventConsumer<RecurringRuleConsumer>(RecurringRuleConsumer.Registration);
        return services;
    }

    /// <summary>
    /// Registers a consumer of integration events and where it runs. The messaging adapter creates it only in the
    /// process that hosts it, so its dependencies (the live-push hub) need to exist only there.
    /// </summary>
    public static IServiceCollection AddEventConsumer<TConsumer>(this IServiceCollection services, ConsumerRegistration registration)
        where TConsumer : class, IIntegrationEventConsumer
    {
        services.AddSingleton(registration);
        return services;
    }
}
