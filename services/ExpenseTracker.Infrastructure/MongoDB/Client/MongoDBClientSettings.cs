namespace ExpenseTracker.Infrastructure.MongoDB.Client;

/// <summary>
/// How <see cref="MongoDBClientExtensions.AddMongoDBClient"/> connects, read from the <c>MongoDB</c> section; the
/// connection string from <c>ConnectionStrings:{name}</c> wins over the section's.
/// </summary>
public sealed class MongoDBClientSettings
{
    public const string SectionName = "MongoDB";

    /// <summary>A <c>mongodb://</c> or <c>mongodb+srv://</c> URL. Its path names the database.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Overrides the database named by the URL's path.</summary>
    public string? DatabaseName { get; set; }

    /// <summary>Leaves out the ping health check that <c>/health</c> reports.</summary>
    public bool DisableHealthChecks { get; set; }

    /// <summary>Turns the driver's spans off.</summary>
    public bool DisableTracing { get; set; }

    /// <summary>How long the health check's ping may take before the database counts as down.</summary>
    public TimeSpan HealthCheckTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
