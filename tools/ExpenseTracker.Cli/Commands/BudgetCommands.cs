using System.ComponentModel;
using ExpenseTracker.Cli.Connection;
using ExpenseTracker.Cli.Output;
using ExpenseTracker.Client.Serialization;
using ExpenseTracker.Contracts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ExpenseTracker.Cli.Commands;

public sealed class BudgetSetSettings : JsonCommandSettings
{
    [CommandArgument(0, "<CATEGORY>")]
    [Description("A category of yours, by name")]
    public string Category { get; set; } = string.Empty;

    [CommandArgument(1, "<AMOUNT>")]
    [Description("The monthly budget, e.g. 300")]
    public string Amount { get; set; } = string.Empty;

    [CommandArgument(2, "[CURRENCY]")]
    [Description("ISO 4217 code (default: your default currency)")]
    public string? Currency { get; set; }
}

public sealed class BudgetRemoveSettings : ApiCommandSettings
{
    [CommandArgument(0, "<CATEGORY>")]
    [Description("A category of yours, by name")]
    public string Category { get; set; } = string.Empty;
}

/// <summary><c>expense budget list</c>: your monthly budgets.</summary>
public sealed class BudgetListCommand(ApiConnector connector, Terminal terminal) : AsyncCommand<JsonCommandSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, JsonCommandSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = connector.ConnectSignedIn(settings);
        var budgets = await connection.Api.Budgets.ListAsync(cancellationToken);
        if (settings.Json)
        {
            terminal.WriteJson(budgets, ExpenseTrackerJsonContext.Default.IReadOnlyListBudgetResponse);
            return ExitCodes.Success;
        }

        if (budgets.Count == 0)
        {
            terminal.WriteLine("No budgets yet: set one with `expense budget set CATEGORY AMOUNT`.");
            return ExitCodes.Success;
        }

        var categories = await CategoryDirectory.LoadAsync(connection.Api, cancellationToken);
        var table = new Table().AddColumn("Category").AddColumn(new TableColumn("Monthly budget").RightAligned());
        foreach (var budget in budgets.OrderBy(budget => categories.NameOf(budget.CategoryId), StringComparer.OrdinalIgnoreCase))
        {
            table.AddRow(Cells.Text(categories.NameOf(budget.CategoryId)), Cells.Right(Money.Format(budget.Amount, budget.Currency)));
        }

        terminal.Out.Write(table);
        return ExitCodes.Success;
    }
}

/// <summary><c>expense budget set Food 300 EUR</c>: sets the monthly budget of a category.</summary>
public sealed class BudgetSetCommand(ApiConnector connector, Terminal terminal) : AsyncCommand<BudgetSetSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BudgetSetSettings settings, CancellationToken cancellationToken)
    {
        var amount = Money.Parse(settings.Amount, "an amount");
        await using var connection = connector.ConnectSignedIn(settings);
        var category = (await CategoryDirectory.LoadAsync(connection.Api, cancellationToken)).Find(settings.Category);
        var currency = settings.Currency ?? (await connection.Api.Settings.GetAsync(cancellationToken)).DefaultCurrency;
        var budget = await connection.Api.Budgets.SetAsync(category.Id, new BudgetRequest(amount, currency.ToUpperInvariant()), cancellationToken);

        if (settings.Json)
        {
            terminal.WriteJson(budget, ExpenseTrackerJsonContext.Default.BudgetResponse);
        }
        else
        {
            terminal.WriteLine($"Budget for {category.Name}: {Money.Format(budget.Amount, budget.Currency)} a month.");
        }

        return ExitCodes.Success;
    }
}

/// <summary><c>expense budget remove Food</c>: removes the budget of a category.</summary>
public sealed class BudgetRemoveCommand(ApiConnector connector, Terminal terminal) : AsyncCommand<BudgetRemoveSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BudgetRemoveSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = connector.ConnectSignedIn(settings);
        var category = (await CategoryDirectory.LoadAsync(connection.Api, cancellationToken)).Find(settings.Category);
        await connection.Api.Budgets.DeleteAsync(category.Id, cancellationToken);
        terminal.WriteLine($"Budget for {category.Name} removed.");
        return ExitCodes.Success;
    }
}
