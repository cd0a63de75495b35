using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.Testing;

/// <summary>
/// Settings that keep a host started by a test below a log level, the categories the services' logging defaults
/// override included. A test run prints its hosts' console only when it fails, and then a failing test's own message
/// should not drown in the errors of servers that a test stopped on purpose.
/// </summary>
public static class QuietLogging
{
    public static IEnumerable<KeyValuePair<string, string?>> Settings(string minimumLevel) =>
        [
            new("Serilog:MinimumLevel:Default", minimumLevel),
            .. LoggingExtensions.CategoriesFromWarning.Select(category => new KeyValuePair<string, string?>($"Serilog:MinimumLevel:Override:{category}", minimumLevel)),
        ];
}
