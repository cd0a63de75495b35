namespace ExpenseTracker.Contracts;

/// <summary>The answer of <c>POST /expenses/import</c>: what was imported, what was skipped as a duplicate, and why bad rows were refused.</summary>
public sealed record ImportResult(int Imported, int Duplicates, IReadOnlyList<ImportLineError> Errors);

/// <summary>A refused CSV row: <see cref="Line"/> is the 1-based file line where the record starts (the header is line 1).</summary>
public sealed record ImportLineError(int Line, string Message);
