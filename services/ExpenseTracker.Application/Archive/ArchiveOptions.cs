namespace ExpenseTracker.Application.Archive;

/// <summary>The <c>Archive</c> section: whether old months move to cold storage, and how old they must be.</summary>
public sealed class ArchiveOptions
{
    public const string SectionName = "Archive";

    public bool Enabled { get; set; } = true;

    /// <summary>Months that ended more than this many months ago are archived.</summary>
    public int AfterMonths { get; set; } = 24;

    /// <summary>How often the archive job runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(24);
}
