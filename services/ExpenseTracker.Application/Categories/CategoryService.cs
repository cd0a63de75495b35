using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain.Categories;

namespace ExpenseTracker.Application.Categories;

public sealed class CategoryService(ICategoryStore categories, UserViewCache views, TimeProvider clock)
{
    public async Task<IReadOnlyList<CategoryResponse>> ListAsync(string userId, CancellationToken cancellationToken) =>
        await views.GetOrCreateAsync(
            userId,
            ApplicationMetrics.Caches.Categories,
            UserCache.CategoriesKey(userId),
            (categories, userId),
            static async (state, token) => (await state.categories.ListAsync(state.userId, token)).Select(ToResponse).ToList(),
            UserCache.CategoriesTag(userId),
            cancellationToken);

    public async Task<Result<CategoryResponse>> CreateAsync(string userId, CategoryRequest request, CancellationToken cancellationToken)
    {
        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        var category = Category.Create(userId, request.Name!, request.Color);
        if (!await categories.AddAsync(category, cancellationToken))
        {
            return DuplicateName(category.Name);
        }

        await views.InvalidateCategoriesAsync(userId, cancellationToken);
        return ToResponse(category);
    }

    public async Task<Result<CategoryResponse>> UpdateAsync(string userId, Guid id, CategoryRequest request, CancellationToken cancellationToken)
    {
        var category = await categories.FindAsync(userId, id, cancellationToken);
        if (category is null)
        {
            return Error.NotFound("Category");
        }

        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        category.Rename(request.Name!, request.Color ?? category.Color);
        if (!await categories.UpdateAsync(category, cancellationToken))
        {
            return DuplicateName(category.Name);
        }

        await views.InvalidateCategoriesAsync(userId, cancellationToken);
        return ToResponse(category);
    }

    public async Task<Result<bool>> DeleteAsync(string userId, Guid id, Guid? reassignTo, CancellationToken cancellationToken)
    {
        if (reassignTo == id)
        {
            return Error.Validation("reassignTo", "Expenses cannot be moved to the category being deleted.");
        }

        var message = OutboxMessage.From(new CategoryDeleted(id, reassignTo) { UserId = userId, OccurredAt = clock.GetUtcNow() });
        var outcome = await categories.DeleteAsync(userId, id, reassignTo, message, cancellationToken);
        if (outcome == CategoryDeletion.Deleted)
        {
            await views.InvalidateCategoriesAsync(userId, cancellationToken);
        }

        return outcome switch
        {
            CategoryDeletion.Deleted => true,
            CategoryDeletion.NotFound => Error.NotFound("Category"),
            CategoryDeletion.ReassignTargetNotFound => Error.Validation("reassignTo", "There is no category with this id."),
            _ => Error.Conflict(
                "The category is in use.",
                "Expenses or recurring expenses use this category. Delete it with ?reassignTo={categoryId} to move them to another category."),
        };
    }

    private static Error? Validate(CategoryRequest request)
    {
        var errors = new FieldErrors();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add("name", "The name is required.");
        }
        else if (name.Length > Category.NameMaxLength)
        {
            errors.Add("name", $"At most {Category.NameMaxLength} characters.");
        }

        if (!Category.IsValidColor(request.Color))
        {
            errors.Add("color", "A color is written #RRGGBB, such as #22C55E.");
        }

        return errors.Any ? errors.ToError() : null;
    }

    private static Error DuplicateName(string name) =>
        Error.Conflict("A category with this name exists.", $"You already have a category named '{name}' (names are compared ignoring case).");

    private static CategoryResponse ToResponse(Category category) => new(category.Id, category.Name, category.Color);
}
