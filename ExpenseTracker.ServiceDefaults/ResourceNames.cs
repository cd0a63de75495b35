namespace ExpenseTracker.ServiceDefaults;

/// <summary>
/// The names of the application's resources. The AppHost gives them, services read connection strings by them,
/// and tests look them up by them: one spelling for all three.
/// </summary>
public static class ResourceNames
{
    public const string Api = "api";
    public const string Worker = "worker";
    public const string Web = "web";

    public const string MongoServer = "mongo";
    public const string ExpenseDatabase = "expensedb";
    public const string Cache = "cache";
    public const string Messaging = "messaging";
    public const string Storage = "storage";
    public const string Blobs = "blobs";
    public const string Seq = "seq";
    public const string Prometheus = "prometheus";
    public const string Grafana = "grafana";
}
