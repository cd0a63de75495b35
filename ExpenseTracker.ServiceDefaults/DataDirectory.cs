using Microsoft.Extensions.Configuration;

namespace ExpenseTracker.ServiceDefaults;

/// <summary>
/// The folder a service keeps its local files in (embedded database, signing key, folder blobs, log files):
/// <c>Storage:DataDirectory</c>, by default a folder under the user's local application data.
/// </summary>
public static class DataDirectory
{
    public const string ConfigurationKey = "Storage:DataDirectory";

    public static string Default
    {
        get
        {
            var localData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
            return string.IsNullOrEmpty(localData) ? Path.GetFullPath("data") : Path.Combine(localData, "ExpenseTracker");
        }
    }

    public static string Resolve(IConfiguration configuration) =>
        Path.GetFullPath(configuration[ConfigurationKey] is { Length: > 0 } configured ? configured : Default);
}
