using System.ComponentModel;
using System.Globalization;
using ExpenseTracker.Cli.Connection;
using ExpenseTracker.Cli.Output;
using ExpenseTracker.Client.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ExpenseTracker.Cli.Commands;

public sealed class ReportSettings : JsonCommandSettings
{
    [CommandArgument(0, "[MONTH]")]
    [Description("The month, yyyy-MM (default: this month)")]
    public string? Month { get; set; }

    public override ValidationResult Validate() =>
        Month is null || DateOnly.TryParseExact($"{Month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"MONTH is written yyyy-MM, e.g. 2026-11, not '{Month}'.");
}

/// <summary><c>expense report 2026-11</c>: a month's totals per currency and a bar per category, against its budget.</summary>
public sealed class ReportCommand(ApiConnector connector, Terminal terminal) : AsyncCommand<ReportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        var month = settings.Month ?? DateTime.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await using var connection = connector.ConnectSignedIn(settings);
        var report = await connection.Api.Reports.MonthlyAsync(month, cancellationToken);

        if (settings.Json)
        {
            terminal.WriteJson(report, ExpenseTrackerJsonContext.Default.MonthlyReport);
            return ExitCodes.Success;
        }

        var title = DateOnly.ParseExact($"{report.Month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var totals = report.Totals.Count == 0 ? "nothing spent" : string.Join(" · ", report.Totals.Select(total => Money.Format(total.Amount, total.Currency)));
        terminal.WriteLine($"{title}: {totals} ({report.Count} expense{(report.Count == 1 ? string.Empty : "s")})");
        if (report.ByCategory.Count == 0)
        {
            return ExitCodes.Success;
        }

        var largest = report.ByCategory
            .GroupBy(row => row.Currency)
            .ToDictionary(group => group.Key, group => group.Max(row => row.Amount));
        var table = new Table()
            .AddColumn("Category")
            .AddColumn(new TableColumn("Spent").RightAligned())
            .AddColumn(new TableColumn("Budget").RightAligned())
            .AddColumn(new TableColumn(string.Empty).Width(SpendingBar.Width).NoWrap())
            .AddColumn(new TableColumn("Of budget").RightAligned());
        foreach (var row in report.ByCategory.OrderBy(row => row.Currency, StringComparer.Ordinal).ThenByDescending(row => row.Amount))
        {
            table.AddRow(
                Cells.Text(row.CategoryId is null ? "(uncategorised)" : row.Name),
                Cells.Right(Money.Format(row.Amount, row.Currency)),
                Cells.Right(row.Budget is { } budget ? Money.Format(budget, row.Currency) : string.Empty),
                SpendingBar.Render(row.Amount, row.Budget, largest[row.Currency]),
                Cells.Right(SpendingBar.Percent(row.PercentOfBudget)));
        }

        terminal.Out.Write(table);
        return ExitCodes.Success;
    }
}
