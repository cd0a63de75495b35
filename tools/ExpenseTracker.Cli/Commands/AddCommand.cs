using System.ComponentModel;
using System.Globalization;
using ExpenseTracker.Cli.Connection;
using ExpenseTracker.Cli.Output;
using ExpenseTracker.Client;
using ExpenseTracker.Client.Serialization;
using ExpenseTracker.Contracts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ExpenseTracker.Cli.Commands;

public sealed class AddSettings : JsonCommandSettings
{
    [CommandArgument(0, "<AMOUNT>")]
    [Description("What you spent, e.g. 12.50")]
    public string Amount { get; set; } = string.Empty;

    [CommandArgument(1, "[CURRENCY]")]
    [Description("ISO 4217 code, e.g. EUR (default: your default currency)")]
    public string? Currency { get; set; }

    [CommandOption("-d|--date <DATE>")]
    [Description("The day, yyyy-MM-dd (default: today)")]
    public DateOnly? Date { get; set; }

    [CommandOption("-c|--category <NAME>")]
    [Description("A category of yours, by name")]
    public string? Category { get; set; }

    [CommandOption("-m|--merchant <TEXT>")]
    [Description("Where you spent it")]
    public string? Merchant { get; set; }

    [CommandOption("-n|--note <TEXT>")]
    [Description("A note")]
    public string? Note { get; set; }

    [CommandOption("-t|--tag <TAG>")]
    [Description("A tag (repeat for more)")]
    public string[] Tags { get; set; } = [];

    [CommandOption("--payment-method <TEXT>")]
    [Description("How you paid, e.g. card")]
    public string? PaymentMethod { get; set; }

    [CommandOption("--idempotency-key <KEY>")]
    [Description("Repeating the command with the same key records the expense once (default: a new key, so retries after a network failure are safe)")]
    public string? IdempotencyKey { get; set; }
}

/// <summary><c>expense add 12.50 EUR --merchant Bakery</c>: records an expense.</summary>
public sealed class AddCommand(ApiConnector connector, Terminal terminal) : AsyncCommand<AddSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AddSettings settings, CancellationToken cancellationToken)
    {
        var amount = Money.Parse(settings.Amount, "an amount");
        await using var connection = connector.ConnectSignedIn(settings);
        var api = connection.Api;
        var currency = settings.Currency ?? (await api.Settings.GetAsync(cancellationToken)).DefaultCurrency;
        var categories = settings.Category is null ? null : await CategoryDirectory.LoadAsync(api, cancellationToken);

        var request = new ExpenseRequest(
            amount,
            currency.ToUpperInvariant(),
            settings.Date ?? DateOnly.FromDateTime(DateTime.Today),
            categories?.Find(settings.Category!).Id,
            settings.Merchant,
            settings.Note,
            settings.Tags.Length == 0 ? null : settings.Tags,
            settings.PaymentMethod);
        var (expense, _) = await api.Expenses.CreateAsync(request, settings.IdempotencyKey ?? Guid.NewGuid().ToString(), cancellationToken).WithETagAsync();

        if (settings.Json)
        {
            terminal.WriteJson(expense, ExpenseTrackerJsonContext.Default.ExpenseResponse);
        }
        else
        {
            var where = expense.Merchant is null ? string.Empty : $" at {expense.Merchant}";
            terminal.WriteLine($"Recorded {Money.Format(expense.Amount, expense.Currency)}{where} on {expense.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (id {expense.Id}).");
        }

        return ExitCodes.Success;
    }
}
