using System.ComponentModel;
using System.Globalization;
using ExpenseTracker.Cli.Output;
using ExpenseTracker.Contracts;
using Spectre.Console.Cli;

namespace ExpenseTracker.Cli.Commands;

/// <summary>The filters of <c>list</c> and <c>export</c>, the same as the API's.</summary>
public class ExpenseFilterSettings : ApiCommandSettings
{
    [CommandOption("--from <DATE>")]
    [Description("From this day on, yyyy-MM-dd")]
    public DateOnly? From { get; set; }

    [CommandOption("--to <DATE>")]
    [Description("Up to this day, yyyy-MM-dd")]
    public DateOnly? To { get; set; }

    [CommandOption("-c|--category <NAME>")]
    [Description("Only this category of yours")]
    public string? Category { get; set; }

    [CommandOption("-t|--tag <TAG>")]
    [Description("Only expenses with this tag")]
    public string? Tag { get; set; }

    [CommandOption("-q|--search <TEXT>")]
    [Description("Only expenses whose merchant or note contains this text")]
    public string? Search { get; set; }

    [CommandOption("--min <AMOUNT>")]
    [Description("Only amounts of at least this much")]
    public string? MinAmount { get; set; }

    [CommandOption("--max <AMOUNT>")]
    [Description("Only amounts of at most this much")]
    public string? MaxAmount { get; set; }

    [CommandOption("--currency <CODE>")]
    [Description("Only this currency")]
    public string? Currency { get; set; }

    /// <summary>The API's query for these filters; <paramref name="categories"/> turns a category name into its id.</summary>
    internal ExpenseQuery ToQuery(CategoryDirectory? categories) => new()
    {
        From = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        To = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CategoryId = Category is null ? null : categories!.Find(Category).Id.ToString(),
        Tag = Tag,
        Q = Search,
        MinAmount = MinAmount is null ? null : Money.Parse(MinAmount, "an amount").ToString(CultureInfo.InvariantCulture),
        MaxAmount = MaxAmount is null ? null : Money.Parse(MaxAmount, "an amount").ToString(CultureInfo.InvariantCulture),
        Currency = Currency?.ToUpperInvariant(),
    };
}
