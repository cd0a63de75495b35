using System.Text.Json;

namespace ExpenseTracker.Observability.Tests.Infrastructure;

/// <summary>One log event in Serilog's compact JSON (CLEF), as the rolling file and the Seq sink write it.</summary>
public sealed record ClefEvent(JsonElement Json, string Line)
{
    public string? TraceId => Text("@tr");

    public string? SpanId => Text("@sp");

    public string? Template => Text("@mt");

    /// <summary>CLEF leaves <c>@l</c> out for Information.</summary>
    public string Level => Text("@l") ?? "Information";

    public string? Text(string property) =>
        Json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static ClefEvent Parse(string line) => new(JsonDocument.Parse(line).RootElement.Clone(), line);

    /// <summary>Every event of every rolling file of a service in a log folder.</summary>
    public static IReadOnlyList<ClefEvent> ReadFiles(string logDirectory, string service) =>
        Directory.Exists(logDirectory)
            ? Directory.GetFiles(logDirectory, $"{service}-*.log")
                .Order(StringComparer.Ordinal)
                .SelectMany(ReadShared)
                .Where(line => line.Length > 0)
                .Select(Parse)
                .ToList()
            : [];

    /// <summary>
    /// Reads a file the service still writes to: its buffer reaches the disk in blocks, so the last line can be
    /// unfinished, and only lines ended by a newline are taken.
    /// </summary>
    private static IEnumerable<string> ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var text = new StreamReader(stream).ReadToEnd();
        return text[..(text.LastIndexOf('\n') + 1)].Split('\n');
    }
}
