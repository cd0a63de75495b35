namespace ExpenseTracker.Domain.Categories;

/// <summary>The categories every new user starts with.</summary>
public static class DefaultCategories
{
    public static IReadOnlyList<(string Name, string Color)> All { get; } =
    [
        ("Food", "#F97316"),
        ("Groceries", "#84CC16"),
        ("Transport", "#0EA5E9"),
        ("Housing", "#8B5CF6"),
        ("Utilities", "#14B8A6"),
        ("Health", "#EF4444"),
        ("Entertainment", "#EC4899"),
        ("Shopping", "#F59E0B"),
        ("Travel", "#6366F1"),
        ("Other", "#64748B"),
    ];

    public static IReadOnlyList<Category> For(string userId) =>
        All.Select(category => Category.Create(userId, category.Name, category.Color)).ToList();
}
