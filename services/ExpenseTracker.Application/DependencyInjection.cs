using ExpenseTracker.Application.Archive;
using ExpenseTracker.Application.Blobs;
using ExpenseTracker.Application.Budgets;
using ExpenseTracker.Application.Categories;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Application.Receipts;
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
        services.AddScoped<ExpenseService>();
        services.AddScoped<CategoryService>();
        services.AddScoped<BudgetService>();
        services.AddScoped<SettingsService>();
        services.AddScoped<ReportService>();
        services.AddScoped<ReceiptService>();
        services.AddScoped<ExpenseImportService>();
        services.AddScoped<ExpenseExportService>();
        services.AddScoped<ArchiveService>();
        services.AddScoped<OrphanBlobSweeper>();
        return services;
    }
}
