using ExpenseTracker.ServiceDefaults;
using Microsoft.Extensions.Configuration;

namespace ExpenseTracker.AppHost.Hosting;

/// <summary>
/// The AppHost's own settings (section <c>AppHost</c>): whether to run backing services as containers and where the
/// services it starts keep their data.
/// </summary>
internal sealed record AppHostSettings(bool? UseContainers, string DataDirectory)
{
    public const string UseContainersKey = "AppHost:UseContainers";
    public const string DataDirectoryKey = "AppHost:DataDirectory";

    public static AppHostSettings Read(IConfiguration configuration)
    {
        bool? useContainers = bool.TryParse(configuration[UseContainersKey], out var configured) ? configured : null;
        var dataDirectory = configuration[DataDirectoryKey] is { Length: > 0 } path ? Path.GetFullPath(path) : ServiceDefaults.DataDirectory.Default;
        return new AppHostSettings(useContainers, dataDirectory);
    }

    /// <summary>Where a backing service started as a local process keeps its files.</summary>
    public string ServerDirectory(string resourceName) => Path.Combine(DataDirectory, "servers", resourceName);
}
