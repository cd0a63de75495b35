using System.Collections.Concurrent;
using ExpenseTracker.Domain.Categories;
using ExpenseTracker.Domain.Users;

namespace ExpenseTracker.Application.Users;

/// <summary>
/// Gives a user seen for the first time their default settings and categories. Remembers who is provisioned, so a
/// user costs the store one look per process, not one per request.
/// </summary>
public sealed class UserProvisioning(IUserStore users)
{
    private readonly ConcurrentDictionary<string, bool> _provisioned = new(StringComparer.Ordinal);

    public async ValueTask EnsureAsync(string userId, CancellationToken cancellationToken)
    {
        if (_provisioned.ContainsKey(userId))
        {
            return;
        }

        await users.EnsureProvisionedAsync(userId, UserSettings.Default, DefaultCategories.For(userId), cancellationToken);
        _provisioned.TryAdd(userId, true);
    }
}
