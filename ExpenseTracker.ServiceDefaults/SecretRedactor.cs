using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace ExpenseTracker.ServiceDefaults;

/// <summary>
/// A last line of defence: code must not log secrets in the first place; this catches the mistake when it does.
/// Properties whose names say they hold a secret never reach a sink, and text values lose what looks like a
/// credential: a JSON web token, a bearer token, the password of a URI (<c>amqp://user:password@host</c>) or of a
/// connection string (<c>password=…</c>). Nested values (objects, lists) are searched too.
/// </summary>
internal sealed partial class SecretRedactor : ILogEventEnricher
{
    public const string Redacted = "***";

    private static readonly string[] SecretNameParts = ["token", "password", "secret", "authorization", "apikey", "api_key", "cookie"];

    /// <summary>
    /// What every credential pattern below contains. Most texts (paths, routes, ids) have none of it and skip the
    /// patterns: this runs for every property of every event, one request line included.
    /// </summary>
    private static readonly SearchValues<string> CredentialMarkers =
        SearchValues.Create(["eyJ", "bearer", "://", "password", "pwd"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Property names come from a bounded set (templates and enrichers): each is judged once.</summary>
    private static readonly ConcurrentDictionary<string, bool> SecretNames = new(StringComparer.Ordinal);

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        // Runs for every event: the properties are copied only when one of them has to change.
        List<LogEventProperty>? cleanedProperties = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var cleaned = IsSecretName(name) ? new ScalarValue(Redacted) : Clean(value);
            if (!ReferenceEquals(cleaned, value))
            {
                (cleanedProperties ??= []).Add(new LogEventProperty(name, cleaned));
            }
        }

        foreach (var property in cleanedProperties ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    /// <summary>Masks credentials inside a text; answers the same instance when there is none.</summary>
    public static string RedactText(string text)
    {
        if (!text.AsSpan().ContainsAny(CredentialMarkers))
        {
            return text;
        }

        var cleaned = JsonWebToken().Replace(text, Redacted);
        cleaned = BearerToken().Replace(cleaned, "Bearer " + Redacted);
        cleaned = UriPassword().Replace(cleaned, "${prefix}" + Redacted + "@");
        cleaned = ConnectionStringPassword().Replace(cleaned, "${key}=" + Redacted);
        return cleaned == text ? text : cleaned;
    }

    private static bool IsSecretName(string name) =>
        SecretNames.GetOrAdd(name, static candidate => SecretNameParts.Any(part => candidate.Contains(part, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The value with its secrets masked; the same instance when nothing had to change.</summary>
    private static LogEventPropertyValue Clean(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                var redacted = RedactText(text);
                return ReferenceEquals(redacted, text) ? value : new ScalarValue(redacted);
            case StructureValue structure:
                var properties = structure.Properties
                    .Select(property => IsSecretName(property.Name)
                        ? new LogEventProperty(property.Name, new ScalarValue(Redacted))
                        : new LogEventProperty(property.Name, Clean(property.Value)))
                    .ToList();
                return properties.Zip(structure.Properties).All(pair => ReferenceEquals(pair.First.Value, pair.Second.Value))
                    ? value
                    : new StructureValue(properties, structure.TypeTag);
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(Clean).ToList();
                return elements.Zip(sequence.Elements).All(pair => ReferenceEquals(pair.First, pair.Second)) ? value : new SequenceValue(elements);
            case DictionaryValue dictionary:
                var entries = dictionary.Elements
                    .Select(entry => new KeyValuePair<ScalarValue, LogEventPropertyValue>(
                        entry.Key,
                        entry.Key.Value is string key && IsSecretName(key) ? new ScalarValue(Redacted) : Clean(entry.Value)))
                    .ToList();
                return entries.Zip(dictionary.Elements).All(pair => ReferenceEquals(pair.First.Value, pair.Second.Value)) ? value : new DictionaryValue(entries);
            default:
                return value;
        }
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")]
    private static partial Regex JsonWebToken();

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9._~+/=-]{8,}", RegexOptions.IgnoreCase)]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"(?<prefix>[a-z][a-z0-9+.-]*://[^\s:/@]+:)[^\s@/]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UriPassword();

    [GeneratedRegex(@"(?<key>password|pwd)\s*=\s*[^;,\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPassword();
}
