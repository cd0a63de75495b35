namespace ExpenseTracker.Observability.Tests.Infrastructure;

/// <summary>
/// The tests that host the API in this process, one at a time: their instruments and ActivitySources are static,
/// so two hosts at once would count each other's work.
/// </summary>
[CollectionDefinition(Name)]
public sealed class InProcessHosts
{
    public const string Name = "in-process hosts";
}
