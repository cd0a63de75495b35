using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.MongoDB;

/// <summary>What the adapter needs of the server it is pointed at.</summary>
internal static class MongoDeployment
{
    /// <summary>
    /// Refuses a standalone server, judged by its <c>hello</c> reply: every change is written with its outbox
    /// message in one transaction, and only replica set members (<c>setName</c>) and mongos routers
    /// (<c>msg: "isdbgrid"</c>) run transactions.
    /// </summary>
    public static void EnsureTransactions(BsonDocument hello)
    {
        var replicaSetMember = hello.TryGetValue("setName", out var setName) && setName.IsString;
        var router = hello.TryGetValue("msg", out var message) && message.IsString && message.AsString == "isdbgrid";
        if (!replicaSetMember && !router)
        {
            throw new InvalidOperationException(
                "ConnectionStrings:expensedb points at a standalone MongoDB server, which cannot run transactions. " +
                "Point it at a replica set (a single node is enough: start mongod with --replSet rs0, run rs.initiate() once, " +
                "and add ?replicaSet=rs0 to the URL) or at a sharded cluster.");
        }
    }
}
