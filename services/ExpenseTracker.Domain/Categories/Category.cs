using System.Text.RegularExpressions;

namespace ExpenseTracker.Domain.Categories;

/// <summary>A user's way of grouping spending. Names are unique per user, whatever their case.</summary>
public sealed partial class Category
{
    public const int NameMaxLength = 50;
    public const string DefaultColor = "#64748B";

    private Category(Guid id, string userId, string name, string color)
    {
        Id = id;
        UserId = userId;
        Name = name;
        Color = color;
    }

    public Guid Id { get; }

    public string UserId { get; }

    public string Name { get; private set; }

    public string Color { get; private set; }

    /// <summary>The form of the name that uniqueness is judged on.</summary>
    public string NameKey => KeyOf(Name);

    public static Category Create(string userId, string name, string? color) =>
        new(Guid.CreateVersion7(), userId, CleanName(name), CleanColor(color));

    public static Category Restore(Guid id, string userId, string name, string color) => new(id, userId, name, color);

    public void Rename(string name, string? color)
    {
        Name = CleanName(name);
        Color = CleanColor(color);
    }

    public static string KeyOf(string name) => name.Trim().ToUpperInvariant();

    public static bool IsValidColor(string? color) => color is null || ColorPattern().IsMatch(color);

    private static string CleanName(string name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException("A category needs a name.");
        }

        return trimmed.Length <= NameMaxLength
            ? trimmed
            : throw new DomainException($"A category name has at most {NameMaxLength} characters.");
    }

    private static string CleanColor(string? color) =>
        color is null ? DefaultColor
        : IsValidColor(color) ? color.ToUpperInvariant()
        : throw new DomainException("A color is written #RRGGBB.");

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColorPattern();
}
