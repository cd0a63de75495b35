using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExpenseTracker.Infrastructure.Sqlite;

public sealed class SqliteHealthCheck(SqliteDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<long>("SELECT 1");
            return HealthCheckResult.Healthy($"SQLite file {database.FilePath}");
        }
        catch (Exception exception)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The SQLite file cannot be opened.", exception);
        }
    }
}
