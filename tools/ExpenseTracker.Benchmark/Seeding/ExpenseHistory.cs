using System.Globalization;
using System.Text;

namespace ExpenseTracker.Benchmark.Seeding;

/// <summary>
/// Writes a user's spending history as the CSV the API imports: daily life across the default categories (groceries
/// and meals often, rent monthly-sized, travel rarely), mostly in euros, some dollars and pounds, notes and tags now and
/// then, dates spread from <see cref="First"/> to today. Deterministic for a seed. No two rows of one history share
/// date, amount, currency and merchant, so the import counts none of them as a duplicate of another file.
/// </summary>
internal sealed class ExpenseHistory(int seed, DateOnly first, DateOnly last)
{
    public const string Header = "date,amount,currency,category,merchant,note,tags";

    private static readonly Spending[] Kinds =
    [
        new("Groceries", 25, 8, 180, ["FreshMart", "Corner Grocer", "Organic Market", "Superstore", "Farmers Market"]),
        new("Food", 22, 3, 60, ["Bakery", "Noodle Bar", "Pizzeria", "Coffee House", "Sushi Place", "Canteen"]),
        new("Transport", 14, 1.5m, 90, ["Metro", "City Bus", "Fuel Station", "Taxi", "Bike Share", "Parking"]),
        new("Shopping", 10, 10, 400, ["Clothing Store", "Electronics Shop", "Online Market", "Shoe Shop"]),
        new("Entertainment", 9, 5, 120, ["Cinema", "Streaming Service", "Concert Hall", "Bookshop", "Game Store"]),
        new("Utilities", 5, 20, 180, ["Power Company", "Water Utility", "Mobile Carrier", "Internet Provider"]),
        new("Health", 5, 5, 250, ["Pharmacy", "Dentist", "Optician", "Gym"]),
        new("Other", 4, 2, 300, ["Post Office", "Charity", "Gift Shop", "Dry Cleaner"]),
        new("Housing", 3, 600, 1900, ["Landlord", "Home Insurance", "Hardware Store"]),
        new("Travel", 3, 40, 1200, ["Airline", "Hotel", "Rail Company", "Car Rental"]),
    ];

    private static readonly string[] Notes = ["with friends", "weekly shop", "birthday present", "work trip", "monthly", "split the bill", "on sale"];
    private static readonly string[] Tags = ["work", "family", "trip", "gift", "reimbursable", "subscription"];

    private readonly Random _random = new(seed);
    private readonly HashSet<(DateOnly, long, string, string)> _written = [];
    private readonly int _days = last.DayNumber - first.DayNumber + 1;
    private readonly int _totalWeight = Kinds.Sum(kind => kind.Weight);

    public DateOnly First { get; } = first;

    /// <summary>The next <paramref name="rows"/> expenses of the history, as a CSV file with its header.</summary>
    public byte[] NextFile(int rows)
    {
        var csv = new StringBuilder(rows * 64).Append(Header).Append('\n');
        for (var row = 0; row < rows; row++)
        {
            AppendRow(csv);
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private void AppendRow(StringBuilder csv)
    {
        var kind = PickKind();
        var uncategorised = _random.Next(100) < 3;
        var currency = _random.Next(100) switch { < 85 => "EUR", < 95 => "USD", _ => "GBP" };
        var merchant = kind.Merchants[_random.Next(kind.Merchants.Length)];
        var date = First.AddDays(_random.Next(_days));
        var cents = (long)(kind.Min * 100) + _random.NextInt64((long)((kind.Max - kind.Min) * 100));
        while (!_written.Add((date, cents, currency, merchant)))
        {
            cents++;
        }

        var note = _random.Next(100) < 30 ? Notes[_random.Next(Notes.Length)] : string.Empty;
        var tags = _random.Next(100) < 12 ? string.Join('|', Tags.OrderBy(_ => _random.Next()).Take(1 + _random.Next(2))) : string.Empty;
        csv.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
            .Append((cents / 100m).ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
            .Append(currency).Append(',')
            .Append(uncategorised ? string.Empty : kind.Category).Append(',')
            .Append(merchant).Append(',')
            .Append(note).Append(',')
            .Append(tags).Append('\n');
    }

    private Spending PickKind()
    {
        var roll = _random.Next(_totalWeight);
        foreach (var kind in Kinds)
        {
            if (roll < kind.Weight)
            {
                return kind;
            }

            roll -= kind.Weight;
        }

        return Kinds[^1];
    }

    private sealed record Spending(string Category, int Weight, decimal Min, decimal Max, string[] Merchants);
}
