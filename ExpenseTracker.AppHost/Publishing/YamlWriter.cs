using System.Text;
using System.Text.Json;

namespace ExpenseTracker.AppHost.Publishing;

/// <summary>
/// Writes the small YAML subset a compose file needs: maps with plain keys, lists, and integers, and strings, always double-quoted
/// (JSON escaping is valid YAML), so that no value is ever read as a number, a boolean or a sexagesimal port pair.
/// </summary>
internal static class YamlWriter
{
    public static string Write(IReadOnlyList<string> headerComments, IEnumerable<KeyValuePair<string, object>> document)
    {
        var yaml = new StringBuilder();
        foreach (var comment in headerComments)
        {
            yaml.Append("# ").Append(comment).Append('\n');
        }

        WriteMap(yaml, document, indent: 0);
        return yaml.ToString();
    }

    private static void WriteMap(StringBuilder yaml, IEnumerable<KeyValuePair<string, object>> map, int indent)
    {
        foreach (var (key, value) in map)
        {
            yaml.Append(' ', indent).Append(key).Append(':');
            WriteValue(yaml, value, indent);
        }
    }

    private static void WriteValue(StringBuilder yaml, object value, int indent)
    {
        switch (value)
        {
            case string text:
                yaml.Append(' ').Append(Quote(text)).Append('\n');
                break;
            case int number:
                yaml.Append(' ').Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
                break;
            case IEnumerable<KeyValuePair<string, object>> map when map.Any():
                yaml.Append('\n');
                WriteMap(yaml, map, indent + 2);
                break;
            case IEnumerable<KeyValuePair<string, object>>:
                yaml.Append(" {}\n");
                break;
            case IEnumerable<string> list:
                yaml.Append('\n');
                foreach (var item in list)
                {
                    yaml.Append(' ', indent + 2).Append("- ").Append(Quote(item)).Append('\n');
                }

                break;
            default:
                throw new InvalidOperationException($"A compose value of type {value.GetType().Name} cannot be written");
        }
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, QuoteOptions);

    // Non-ASCII text stays readable; YAML accepts it inside double quotes.
    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
