using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ExpenseTracker.Application.Archive;

/// <summary>A month's archive as stored: gzip-compressed NDJSON, one expense per line, oldest first.</summary>
public static class ArchiveCodec
{
    public const string ContentType = "application/gzip";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MemoryStream Encode(IEnumerable<ArchivedExpense> expenses)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            foreach (var expense in expenses)
            {
                writer.Write(JsonSerializer.Serialize(expense, Json));
                writer.Write('\n');
            }
        }

        output.Position = 0;
        return output;
    }

    public static async Task<IReadOnlyList<ArchivedExpense>> DecodeAsync(Stream content, CancellationToken cancellationToken)
    {
        await using var gzip = new GZipStream(content, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var expenses = new List<ArchivedExpense>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length > 0)
            {
                expenses.Add(JsonSerializer.Deserialize<ArchivedExpense>(line, Json)
                    ?? throw new InvalidDataException("An archive line holds no expense."));
            }
        }

        return expenses;
    }
}
