using ExpenseTracker.Infrastructure.MongoDB;
using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.Tests.MongoDB;

/// <summary>Needs no server: a standalone server is refused at start with what to do, since every write is a transaction.</summary>
public sealed class DeploymentTests
{
    [Fact]
    public void Replica_set_members_and_routers_are_accepted()
    {
        MongoDeployment.EnsureTransactions(BsonDocument.Parse("""{ "isWritablePrimary" : true, "setName" : "rs0", "ok" : 1 }"""));
        MongoDeployment.EnsureTransactions(BsonDocument.Parse("""{ "isWritablePrimary" : true, "msg" : "isdbgrid", "ok" : 1 }"""));
    }

    [Fact]
    public void A_standalone_server_is_refused_with_how_to_make_it_a_replica_set()
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            MongoDeployment.EnsureTransactions(BsonDocument.Parse("""{ "isWritablePrimary" : true, "maxWireVersion" : 25, "ok" : 1 }""")));

        Assert.Contains("--replSet rs0", refused.Message, StringComparison.Ordinal);
        Assert.Contains("?replicaSet=rs0", refused.Message, StringComparison.Ordinal);
    }
}
