using ExpenseTracker.Domain.Categories;
using ExpenseTracker.Domain.Users;

namespace ExpenseTracker.Application.Users;

public interface IUserStore
{
    /// <summary>
    /// Registers a user seen for the first time, with default settings and the given starting categories, once:
    /// later calls, from any process, change nothing.
    /// </summary>
    Task EnsureProvisionedAsync(string userId, UserSettings settings, IReadOnlyList<Category> startingCategories, CancellationToken cancellationToken);

    Task<UserSettings> GetSettingsAsync(string userId, CancellationToken cancellationToken);

    Task SaveSettingsAsync(string userId, UserSettings settings, CancellationToken cancellationToken);
}
