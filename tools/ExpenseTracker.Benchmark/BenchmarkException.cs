namespace ExpenseTracker.Benchmark;

/// <summary>The benchmark cannot go on: a server did not start, a tool is missing, data did not arrive.</summary>
internal sealed class BenchmarkException(string message) : Exception(message);
