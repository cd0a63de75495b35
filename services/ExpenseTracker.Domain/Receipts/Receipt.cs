namespace ExpenseTracker.Domain.Receipts;

/// <summary>A file kept as proof of an expense: its bytes live in blob storage under <see cref="BlobName"/>.</summary>
public sealed record Receipt
{
    public const long MaxSize = 10 * 1024 * 1024;
    public const int FileNameMaxLength = 255;
    public const string DefaultFileName = "receipt";

    public required Guid Id { get; init; }
    public required Guid ExpenseId { get; init; }
    public required string UserId { get; init; }

    /// <summary>The name the user's file had, kept only to show and to name a download; never used as a path.</summary>
    public required string FileName { get; init; }

    public required string ContentType { get; init; }
    public required long Size { get; init; }
    public required string BlobName { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// A file name fit to show: the last segment of what the client sent, without control characters, at most
    /// <see cref="FileNameMaxLength"/> characters, never blank.
    /// </summary>
    public static string CleanFileName(string? name)
    {
        var lastSegment = (name ?? string.Empty).Split('/', '\\').Last();
        var printable = new string(lastSegment.Where(character => !char.IsControl(character)).ToArray()).Trim();
        if (printable.Length > FileNameMaxLength)
        {
            // Never cut a character written as a surrogate pair in half.
            var cut = char.IsHighSurrogate(printable[FileNameMaxLength - 1]) ? FileNameMaxLength - 1 : FileNameMaxLength;
            printable = printable[..cut];
        }

        return printable is "" or "." or ".." ? DefaultFileName : printable;
    }
}
