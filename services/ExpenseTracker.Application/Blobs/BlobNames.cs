using System.Diagnostics.CodeAnalysis;
using System.Text;
using ExpenseTracker.Domain;

namespace ExpenseTracker.Application.Blobs;

/// <summary>
/// The names of every blob the application writes. They are made here from the user id and server-generated ids
/// only: nothing a client sends becomes part of a name. The user id is written in lower-case hexadecimal of its
/// UTF-8 bytes, so that any user id (a GUID from Entra ID, a local name such as "..") is one safe name segment,
/// the same on case-insensitive file systems.
/// </summary>
public static class BlobNames
{
    public const string ReceiptsPrefix = "receipts/";
    public const string ArchivePrefix = "archive/";
    private const string ArchiveSuffix = ".ndjson.gz";

    /// <summary><c>receipts/{user}/{expenseId}/{receiptId}</c></summary>
    public static string Receipt(string userId, Guid expenseId, Guid receiptId) =>
        $"{ReceiptsPrefix}{UserSegment(userId)}/{expenseId:D}/{receiptId:D}";

    /// <summary>
    /// <c>archive/{user}/{yyyy-MM}/{generation}.ndjson.gz</c>: a month archived again (expenses recorded later in an
    /// archived month) gets a new generation, so the blob a completed archive points to is never overwritten.
    /// </summary>
    public static string ArchiveMonth(string userId, YearMonth month, Guid generation) =>
        $"{ArchivePrefix}{UserSegment(userId)}/{month}/{generation:N}{ArchiveSuffix}";

    /// <summary>The receipt id a receipt blob name ends with.</summary>
    public static bool TryParseReceipt(string name, [NotNullWhen(true)] out Guid? receiptId)
    {
        receiptId = null;
        if (!name.StartsWith(ReceiptsPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var segments = name.Split('/');
        if (segments.Length == 4 && Guid.TryParseExact(segments[3], "D", out var id))
        {
            receiptId = id;
            return true;
        }

        return false;
    }

    public static string UserSegment(string userId) => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(userId));
}
