using Spectre.Console;
using Spectre.Console.Rendering;

namespace ExpenseTracker.Cli.Output;

/// <summary>Table cells from user data: plain text, never read as markup (a merchant named "[red]" stays itself).</summary>
internal static class Cells
{
    public static IRenderable Text(string? value) => new Text(value ?? string.Empty);

    public static IRenderable Right(string value) => new Text(value).RightJustified();
}
