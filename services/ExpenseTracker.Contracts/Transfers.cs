namespace ExpenseTracker.Contracts;

/// <summary>What <c>POST /expenses/import</c> did: rows imported, rows skipped as duplicates, rows refused and why.</summary>
public sealed record ImportResponse(int Imported, int Duplicates, IReadOnlyList<ImportError> Errors);

/// <summary>A refused row: <see cref="Line"/> is the 1-based line of the file where its record starts (the header is line 1).</summary>
public sealed record ImportError(long Line, string Message);
