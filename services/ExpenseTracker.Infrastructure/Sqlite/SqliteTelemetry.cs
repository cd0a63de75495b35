using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ExpenseTracker.Infrastructure.Sqlite;

/// <summary>
/// Spans of the embedded store (ActivitySource <c>ExpenseTracker.Sqlite</c>): one per store operation, named after
/// the store and its method (<c>SqliteExpenseStore.ListAsync</c>), covering the connection's life or the write
/// transaction. Only work that is part of a trace (a request, a message, a job run) gets one: the relay's and the
/// housekeeping's idle polls would otherwise fill the trace view with empty roots.
/// </summary>
public static class SqliteTelemetry
{
    public const string SourceName = "ExpenseTracker.Sqlite";

    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? StartOperation(string databasePath, string callerFilePath, string callerMember)
    {
        if (Activity.Current is null || !Source.HasListeners())
        {
            return null;
        }

        var store = Path.GetFileNameWithoutExtension(callerFilePath);
        var operation = string.IsNullOrEmpty(store) ? callerMember : $"{store}.{callerMember}";
        var activity = Source.StartActivity(operation, ActivityKind.Client);
        activity?.SetTag("db.system.name", "sqlite");
        activity?.SetTag("db.namespace", Path.GetFileName(databasePath));
        activity?.SetTag("db.operation.name", operation);
        return activity;
    }

    public static void Fail(Activity? activity, Exception exception)
    {
        activity?.AddException(exception);
        activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
    }

    /// <summary>A connection whose span ends when the store operation disposes it.</summary>
    internal sealed class TracedConnection(string connectionString, Activity? activity) : SqliteConnection(connectionString)
    {
        public Activity? Activity => activity;

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                activity?.Dispose();
            }
        }
    }
}
