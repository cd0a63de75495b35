using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace ExpenseTracker.Api.Http;

/// <summary>A resource's version as an HTTP entity tag: version 3 is <c>"3"</c>.</summary>
public static class ETags
{
    public static string For(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version an If-Match header asks for: null when there is no header or it is <c>*</c>; -1 (matches
    /// nothing) when it names no version we ever issued.
    /// </summary>
    public static long? IfMatchVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        return EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag)
            && long.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : -1;
    }
}
