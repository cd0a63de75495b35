using System.Text;
using System.Text.Json;

namespace ExpenseTracker.Client;

/// <summary>The members of an RFC 9457 problem details body, read leniently: a body that is not one leaves them empty.</summary>
internal sealed record ProblemDetailsDocument(
    string? Title,
    string? Detail,
    string? Type,
    string? Instance,
    string? TraceId,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Errors)
{
    /// <summary>Error bodies are short; a longer one (an HTML page from a proxy, say) is cut, not read whole into memory.</summary>
    private const int MaxBodyCharacters = 64 * 1024;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoErrors = new Dictionary<string, IReadOnlyList<string>>();

    public static async Task<string> ReadBodyAsync(HttpContent content)
    {
        await using var stream = await content.ReadAsStreamAsync();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var buffer = new char[MaxBodyCharacters];
        var read = await reader.ReadBlockAsync(buffer);
        return new string(buffer, 0, read);
    }

    public static ProblemDetailsDocument Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new(null, null, null, null, null, NoErrors);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new(null, null, null, null, null, NoErrors);
            }

            return new(
                StringOf(root, "title"),
                StringOf(root, "detail"),
                StringOf(root, "type"),
                StringOf(root, "instance"),
                StringOf(root, "traceId"),
                ErrorsOf(root));
        }
        catch (JsonException)
        {
            return new(null, null, null, null, null, NoErrors);
        }
    }

    private static string? StringOf(JsonElement root, string name) =>
        Find(root, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> ErrorsOf(JsonElement root)
    {
        if (Find(root, "errors") is not { ValueKind: JsonValueKind.Object } errors)
        {
            return NoErrors;
        }

        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in errors.EnumerateObject())
        {
            result[field.Name] = field.Value.ValueKind switch
            {
                JsonValueKind.Array => [.. field.Value.EnumerateArray().Select(message => message.ToString())],
                _ => [field.Value.ToString()],
            };
        }

        return result;
    }

    private static JsonElement? Find(JsonElement root, string name)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
