using ExpenseTracker.Client.Api;

namespace ExpenseTracker.Client;

/// <summary>Gathers the typed clients <see cref="ExpenseTrackerClientServiceCollectionExtensions.AddExpenseTrackerClient"/> registers.</summary>
public sealed class ExpenseTrackerClient(
    IExpensesApi expenses,
    IImportExportApi importExport,
    IReceiptsApi receipts,
    ICategoriesApi categories,
    IBudgetsApi budgets,
    IRecurringApi recurring,
    IReportsApi reports,
    INotificationsApi notifications,
    IArchiveApi archive,
    ISettingsApi settings,
    IDevTokenApi devToken) : IExpenseTrackerClient
{
    /// <inheritdoc />
    public IExpensesApi Expenses { get; } = expenses;

    /// <inheritdoc />
    public IImportExportApi ImportExport { get; } = importExport;

    /// <inheritdoc />
    public IReceiptsApi Receipts { get; } = receipts;

    /// <inheritdoc />
    public ICategoriesApi Categories { get; } = categories;

    /// <inheritdoc />
    public IBudgetsApi Budgets { get; } = budgets;

    /// <inheritdoc />
    public IRecurringApi Recurring { get; } = recurring;

    /// <inheritdoc />
    public IReportsApi Reports { get; } = reports;

    /// <inheritdoc />
    public INotificationsApi Notifications { get; } = notifications;

    /// <inheritdoc />
    public IArchiveApi Archive { get; } = archive;

    /// <inheritdoc />
    public ISettingsApi Settings { get; } = settings;

    /// <inheritdoc />
    public IDevTokenApi DevToken { get; } = devToken;
}
