using System.ComponentModel;
using System.Globalization;
using ExpenseTracker.Cli.Connection;
using ExpenseTracker.Cli.Output;
using ExpenseTracker.Client.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ExpenseTracker.Cli.Commands;

public sealed class ListSettings : ExpenseFilterSettings, IJsonOutputSettings
{
    private static readonly Dictionary<string, string> SortOrders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["newest"] = "-date",
        ["oldest"] = "date",
        ["largest"] = "-amount",
        ["smallest"] = "amount",
    };

    [CommandOption("-s|--sort <ORDER>")]
    [Description("newest (default), oldest, largest or smallest")]
    public string? Sort { get; set; }

    [CommandOption("-p|--page <N>")]
    [Description("Which page, from 1")]
    public int? Page { get; set; }

    [CommandOption("--page-size <N>")]
    [Description("Expenses per page, 1 to 200 (default 50)")]
    public int? PageSize { get; set; }

    [CommandOption("--json")]
    [Description("Write the API's JSON instead of a table, for scripts")]
    public bool Json { get; set; }

    /// <summary>The API's sort value for <see cref="Sort"/>.</summary>
    public string? SortOrder => Sort is null ? null : SortOrders[Sort];

    public override ValidationResult Validate() =>
        Sort is not null && !SortOrders.ContainsKey(Sort)
            ? ValidationResult.Error($"--sort is one of {string.Join(", ", SortOrders.Keys)}, not '{Sort}'.")
            : ValidationResult.Success();
}

/// <summary><c>expense list</c>: a page of expenses as a table, with the API's filters.</summary>
public sealed class ListCommand(ApiConnector connector, Terminal terminal) : AsyncCommand<ListSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ListSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = connector.ConnectSignedIn(settings);
        var categories = await CategoryDirectory.LoadAsync(connection.Api, cancellationToken);
        var query = settings.ToQuery(categories) with
        {
            Sort = settings.SortOrder,
            Page = settings.Page?.ToString(CultureInfo.InvariantCulture),
            PageSize = settings.PageSize?.ToString(CultureInfo.InvariantCulture),
        };
        var page = await connection.Api.Expenses.ListAsync(query, cancellationToken);

        if (settings.Json)
        {
            terminal.WriteJson(page, ExpenseTrackerJsonContext.Default.PagedResponseExpenseResponse);
            return ExitCodes.Success;
        }

        if (page.TotalCount == 0)
        {
            terminal.WriteLine("No expenses match.");
            return ExitCodes.Success;
        }

        var table = new Table()
            .AddColumn("Date")
            .AddColumn(new TableColumn("Amount").RightAligned())
            .AddColumn("Category")
            .AddColumn("Merchant")
            .AddColumn("Note")
            .AddColumn("Tags");
        foreach (var expense in page.Items)
        {
            table.AddRow(
                Cells.Text(expense.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Cells.Right(Money.Format(expense.Amount, expense.Currency)),
                Cells.Text(expense.CategoryId is null ? string.Empty : categories.NameOf(expense.CategoryId)),
                Cells.Text(expense.Merchant),
                Cells.Text(expense.Note),
                Cells.Text(string.Join(", ", expense.Tags)));
        }

        var pages = (page.TotalCount + page.PageSize - 1) / page.PageSize;
        table.Caption($"Page {page.Page} of {pages} · {page.TotalCount} expense{(page.TotalCount == 1 ? string.Empty : "s")}");
        terminal.Out.Write(table);
        return ExitCodes.Success;
    }
}
