using ExpenseTracker.Web.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(BrowserFixture))]

// One browser on a two-core machine: scenarios run one after another, so timings stay predictable.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
