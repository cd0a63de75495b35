namespace ExpenseTracker.AppHost.Tests.Infrastructure;

/// <summary>A fresh folder, deleted with everything in it when disposed.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "expensetracker-apphost-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A server may still be flushing a file as it exits; the folder is in the temp area and harmless.
        }
    }
}
