namespace ExpenseTracker.Application.Blobs;

/// <summary>The <c>Blobs</c> section.</summary>
public sealed class BlobStorageOptions
{
    public const string SectionName = "Blobs";

    /// <summary>The Azure Blob Storage container (or the folder under the data directory) that holds every blob.</summary>
    public string ContainerName { get; set; } = "expensetracker";

    /// <summary>A blob without a row is only removed once it is this old, so a write still in progress is never taken for debris.</summary>
    public TimeSpan OrphanGracePeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the orphan sweeper runs.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(6);
}
