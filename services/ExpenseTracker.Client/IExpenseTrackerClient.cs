using ExpenseTracker.Client.Api;

namespace ExpenseTracker.Client;

/// <summary>The whole ExpenseTracker API in one injectable: one typed Refit client per area of the API.</summary>
public interface IExpenseTrackerClient
{
    /// <summary>Record, list, read, replace and delete expenses.</summary>
    IExpensesApi Expenses { get; }

    /// <summary>CSV import and export.</summary>
    IImportExportApi ImportExport { get; }

    /// <summary>Receipts attached to expenses.</summary>
    IReceiptsApi Receipts { get; }

    /// <summary>Categories.</summary>
    ICategoriesApi Categories { get; }

    /// <summary>Monthly budgets per category.</summary>
    IBudgetsApi Budgets { get; }

    /// <summary>Recurring expenses.</summary>
    IRecurringApi Recurring { get; }

    /// <summary>Monthly reports and trends.</summary>
    IReportsApi Reports { get; }

    /// <summary>Budget alerts.</summary>
    INotificationsApi Notifications { get; }

    /// <summary>Archived months.</summary>
    IArchiveApi Archive { get; }

    /// <summary>Your settings.</summary>
    ISettingsApi Settings { get; }

    /// <summary>Local sign-in (APIs in local mode only).</summary>
    IDevTokenApi DevToken { get; }
}
