using ExpenseTracker.Client.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(SharedApi))]

namespace ExpenseTracker.Client.Tests.Infrastructure;

/// <summary>One API for the whole test run; each test signs in as a user of its own.</summary>
public sealed class SharedApi : ApiHost;
