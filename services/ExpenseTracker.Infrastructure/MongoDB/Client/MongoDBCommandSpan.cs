using System.Net;
using MongoDB.Bson;
using MongoDB.Driver.Core.Events;

namespace ExpenseTracker.Infrastructure.MongoDB.Client;

/// <summary>
/// What a command's span is called and carries, after the OpenTelemetry database conventions: the name is
/// "{operation} {collection}" (or "{operation} {database}" for commands that address no collection), and the
/// attributes say which system, operation, collection, database and server.
/// </summary>
public sealed record MongoDBCommandSpan(string Name, IReadOnlyList<KeyValuePair<string, object?>> Tags)
{
    public const string SystemName = "mongodb";

    // Commands whose first element names the collection they work on.
    private static readonly HashSet<string> CollectionCommands = new(StringComparer.Ordinal)
    {
        "aggregate", "collMod", "count", "create", "createIndexes", "delete", "distinct", "drop", "dropIndexes",
        "find", "findAndModify", "insert", "killCursors", "listIndexes", "update", "validate",
    };

    public static MongoDBCommandSpan Describe(CommandStartedEvent command)
    {
        var database = command.DatabaseNamespace?.DatabaseName;
        var collection = CollectionOf(command.CommandName, command.Command);
        var target = collection ?? database;
        var tags = new List<KeyValuePair<string, object?>>
        {
            new("db.system.name", SystemName),
            new("db.operation.name", command.CommandName),
        };
        if (collection is not null)
        {
            tags.Add(new("db.collection.name", collection));
        }

        if (database is not null)
        {
            tags.Add(new("db.namespace", database));
        }

        if (command.ConnectionId?.ServerId.EndPoint is { } endPoint && Server(endPoint) is { } server)
        {
            tags.Add(new("server.address", server.Address));
            tags.Add(new("server.port", server.Port));
        }

        return new MongoDBCommandSpan(target is null ? command.CommandName : $"{command.CommandName} {target}", tags);
    }

    /// <summary>The collection a command addresses; null for commands on the database or the server.</summary>
    public static string? CollectionOf(string commandName, BsonDocument? command)
    {
        if (command is null || command.ElementCount == 0)
        {
            return null;
        }

        if (commandName == "getMore")
        {
            return command.TryGetValue("collection", out var collection) && collection.IsString ? collection.AsString : null;
        }

        var first = command.GetElement(0);
        return CollectionCommands.Contains(commandName) && first.Name == commandName && first.Value.IsString ? first.Value.AsString : null;
    }

    private static (string Address, int Port)? Server(EndPoint endPoint) => endPoint switch
    {
        DnsEndPoint dns => (dns.Host, dns.Port),
        IPEndPoint ip => (ip.Address.ToString(), ip.Port),
        _ => null,
    };
}
