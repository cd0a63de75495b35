using ExpenseTracker.Client;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Cli.Commands;

/// <summary>The user's categories, to accept a name on the command line and show names instead of ids.</summary>
internal sealed class CategoryDirectory(IReadOnlyList<CategoryResponse> categories)
{
    public static async Task<CategoryDirectory> LoadAsync(IExpenseTrackerClient api, CancellationToken cancellationToken) =>
        new(await api.Categories.ListAsync(cancellationToken));

    /// <summary>The category a name (any case) or an id names.</summary>
    public CategoryResponse Find(string nameOrId) =>
        categories.FirstOrDefault(category => string.Equals(category.Name, nameOrId.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? (Guid.TryParse(nameOrId, out var id) ? categories.FirstOrDefault(category => category.Id == id) : null)
        ?? throw new UsageException($"You have no category '{nameOrId}'. Yours: {string.Join(", ", categories.Select(category => category.Name))}.");

    public string NameOf(Guid? id) =>
        id is null ? "(none)" : categories.FirstOrDefault(category => category.Id == id)?.Name ?? id.Value.ToString();
}
