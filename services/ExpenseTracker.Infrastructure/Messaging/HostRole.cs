namespace ExpenseTracker.Infrastructure.Messaging;

/// <summary>Which host composes the messaging side: each runs its share of the background work.</summary>
public enum HostRole
{
    Api,
    Worker,
}
