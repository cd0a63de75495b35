namespace ExpenseTracker.Application.Transfers;

/// <summary>
/// One record of a CSV file: its fields, and the 1-based line of the file where it starts. A record that breaks the
/// quoting rules carries an <see cref="Error"/> and the fields read so far.
/// </summary>
public sealed record CsvRecord(long Line, IReadOnlyList<string> Fields, string? Error = null);
