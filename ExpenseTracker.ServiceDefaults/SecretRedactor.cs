using Serilog.Core;
using Serilog.Events;

namespace ExpenseTracker.ServiceDefaults;

/// <summary>
/// A last line of defence: properties whose names say they hold a secret never reach a sink. Code must not log
/// secrets in the first place; this catches the mistake when it does.
/// </summary>
internal sealed class SecretRedactor : ILogEventEnricher
{
    private const string Redacted = "***";

    private static readonly string[] SecretNameParts = ["token", "password", "secret", "authorization", "apikey", "api_key", "cookie"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var name in logEvent.Properties.Keys.Where(IsSecret).ToList())
        {
            logEvent.AddOrUpdateProperty(propertyFactory.CreateProperty(name, Redacted));
        }
    }

    private static bool IsSecret(string name) =>
        SecretNameParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));
}
