using ExpenseTracker.ServiceDefaults;
using Microsoft.Extensions.Configuration;

namespace ExpenseTracker.Infrastructure;

/// <summary>Which store holds the data: MongoDB when <c>ConnectionStrings:expensedb</c> is a MongoDB URL, the embedded SQLite file when it is absent.</summary>
public static class StoreSelection
{
    private static readonly string[] MongoSchemes = ["mongodb://", "mongodb+srv://"];

    public static bool UsesMongoDB(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ResourceNames.ExpenseDatabase);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }

        // Anything else is a mistake to report, not a reason to write the user's data to a local file instead.
        return MongoSchemes.Any(scheme => connectionString.StartsWith(scheme, StringComparison.Ordinal))
            ? true
            : throw new InvalidOperationException(
                $"ConnectionStrings:{ResourceNames.ExpenseDatabase} must be a mongodb:// or mongodb+srv:// URL, " +
                "or be left out to keep the data in the embedded SQLite file.");
    }
}
