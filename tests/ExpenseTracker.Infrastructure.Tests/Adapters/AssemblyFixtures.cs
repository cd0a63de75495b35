using ExpenseTracker.Infrastructure.Tests.Adapters;

[assembly: AssemblyFixture(typeof(SqliteStores))]
[assembly: AssemblyFixture(typeof(MongoStores))]
