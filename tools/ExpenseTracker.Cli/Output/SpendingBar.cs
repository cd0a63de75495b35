using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ExpenseTracker.Cli.Output;

/// <summary>
/// A category's spending as a bar: against its budget when it has one (yellow from 80 %, red from 100 %), else against
/// the month's largest category in the same currency.
/// </summary>
internal static class SpendingBar
{
    public const int Width = 20;
    private const char Filled = '█';
    private const char Empty = '░';

    public static IRenderable Render(decimal amount, decimal? budget, decimal largestInCurrency)
    {
        var share = budget is > 0 ? amount / budget.Value : largestInCurrency > 0 ? amount / largestInCurrency : 0;
        var filled = (int)Math.Round(Math.Clamp(share, 0, 1) * Width, MidpointRounding.AwayFromZero);
        var color = budget is null ? "grey" : share >= 1 ? "red" : share >= 0.8m ? "yellow" : "green";
        var bar = new string(Filled, filled) + new string(Empty, Width - filled);
        return new Markup($"[{color}]{bar}[/]");
    }

    public static string Percent(decimal? percentOfBudget) =>
        percentOfBudget is { } percent ? $"{percent.ToString("0.##", CultureInfo.InvariantCulture)} %" : string.Empty;
}
