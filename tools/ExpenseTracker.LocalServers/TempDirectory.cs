namespace ExpenseTracker.LocalServers;

/// <summary>A fresh folder under the system's temporary folder, deleted with everything in it when disposed.</summary>
public sealed class TempDirectory(string purpose = "tests") : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"expensetracker-{purpose}", Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>A path inside the folder.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A process that is going away may still hold a file; the system cleans its temporary folder.
        }
    }
}
