using ExpenseTracker.Client.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(ApiHost))]
