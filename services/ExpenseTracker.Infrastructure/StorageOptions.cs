namespace ExpenseTracker.Infrastructure;

/// <summary>Where the embedded adapters keep their files (the SQLite database, the signing key, folder blobs).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Set by the host (service defaults resolve it); a folder named <c>data</c> beside the process otherwise.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The data directory, created if needed, as an absolute path.</summary>
    public string EnsureDataDirectory()
    {
        var path = Path.GetFullPath(DataDirectory);
        Directory.CreateDirectory(path);
        return path;
    }
}
