using ExpenseTracker.Domain.Categories;

namespace ExpenseTracker.Infrastructure.MongoDB.Documents;

/// <summary>A category in the <c>categories</c> collection; <c>nameKey</c> is unique per user.</summary>
internal sealed class CategoryDocument
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameKey { get; set; } = "";
    public string Color { get; set; } = "";

    public static CategoryDocument From(Category category) => new()
    {
        Id = category.Id,
        UserId = category.UserId,
        Name = category.Name,
        NameKey = category.NameKey,
        Color = category.Color,
    };

    public Category ToCategory() => Category.Restore(Id, UserId, Name, Color);
}
