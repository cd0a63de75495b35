using System.Diagnostics;
using System.Net;
using ExpenseTracker.Infrastructure.MongoDB.Client;
using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.Core.Clusters;
using MongoDB.Driver.Core.Connections;
using MongoDB.Driver.Core.Events;
using MongoDB.Driver.Core.Servers;

namespace ExpenseTracker.Infrastructure.Tests.MongoDB;

/// <summary>Needs no server: the driver's command events, as it raises them, become one client span per command.</summary>
public sealed class CommandTracerTests : IDisposable
{
    private static readonly ConnectionId Connection = new(new ServerId(new ClusterId(), new DnsEndPoint("db.internal", 27017)));
    private static int _nextRequestId = 1000;

    private readonly List<Activity> _finished = [];
    private readonly ActivityListener _listener;
    private readonly MongoDBCommandTracer _tracer = new();
    private readonly ActivitySource _caller = new("ExpenseTracker.Tests.Caller");

    public CommandTracerTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is MongoDBCommandTracer.ActivitySourceName or "ExpenseTracker.Tests.Caller",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_finished)
                {
                    _finished.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public void A_command_becomes_a_client_span_named_after_its_operation_and_collection_under_the_callers_span()
    {
        using var request = _caller.StartActivity("GET /api/v1/expenses");
        var requestId = Interlocked.Increment(ref _nextRequestId);

        _tracer.OnStarted(new CommandStartedEvent(
            "find", new BsonDocument { { "find", "expenses" }, { "filter", new BsonDocument("userId", "alice") } }, new DatabaseNamespace("expensedb"), 7, requestId, Connection));
        Assert.Same(request, Activity.Current);
        _tracer.OnSucceeded(new CommandSucceededEvent("find", new BsonDocument("ok", 1), new DatabaseNamespace("expensedb"), 7, requestId, Connection, TimeSpan.FromMilliseconds(3)));

        var span = Assert.Single(Spans());
        Assert.Equal("find expenses", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(request!.SpanId, span.ParentSpanId);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal("mongodb", span.GetTagItem("db.system.name"));
        Assert.Equal("find", span.GetTagItem("db.operation.name"));
        Assert.Equal("expenses", span.GetTagItem("db.collection.name"));
        Assert.Equal("expensedb", span.GetTagItem("db.namespace"));
        Assert.Equal("db.internal", span.GetTagItem("server.address"));
        Assert.Equal(27017, span.GetTagItem("server.port"));
    }

    [Fact]
    public void A_failed_command_ends_its_span_as_an_error_with_the_servers_code()
    {
        var requestId = Interlocked.Increment(ref _nextRequestId);
        var command = new BsonDocument { { "insert", "categories" }, { "ordered", true } };
        _tracer.OnStarted(new CommandStartedEvent("insert", command, new DatabaseNamespace("expensedb"), 8, requestId, Connection));

        var failure = new MongoCommandException(Connection, "E11000 duplicate key error", command, new BsonDocument { { "ok", 0 }, { "code", 11000 }, { "errmsg", "E11000 duplicate key error" } });
        _tracer.OnFailed(new CommandFailedEvent("insert", new DatabaseNamespace("expensedb"), failure, 8, requestId, Connection, TimeSpan.FromMilliseconds(2)));

        var span = Assert.Single(Spans());
        Assert.Equal("insert categories", span.DisplayName);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(typeof(MongoCommandException).FullName, span.GetTagItem("error.type"));
        Assert.Equal("11000", span.GetTagItem("db.response.status_code"));
    }

    [Fact]
    public void Commands_on_the_database_are_named_after_it_and_cursor_reads_after_their_collection()
    {
        var ping = Interlocked.Increment(ref _nextRequestId);
        var getMore = Interlocked.Increment(ref _nextRequestId);

        _tracer.OnStarted(new CommandStartedEvent("ping", new BsonDocument("ping", 1), new DatabaseNamespace("expensedb"), 9, ping, Connection));
        _tracer.OnSucceeded(new CommandSucceededEvent("ping", new BsonDocument("ok", 1), new DatabaseNamespace("expensedb"), 9, ping, Connection, TimeSpan.Zero));
        _tracer.OnStarted(new CommandStartedEvent(
            "getMore", new BsonDocument { { "getMore", 123456789L }, { "collection", "expenses" } }, new DatabaseNamespace("expensedb"), 10, getMore, Connection));
        _tracer.OnSucceeded(new CommandSucceededEvent("getMore", new BsonDocument("ok", 1), new DatabaseNamespace("expensedb"), 10, getMore, Connection, TimeSpan.Zero));

        var spans = Spans();
        Assert.Equal(["ping expensedb", "getMore expenses"], spans.Select(span => span.DisplayName));
        Assert.Null(spans[0].GetTagItem("db.collection.name"));
        Assert.Equal("expenses", spans[1].GetTagItem("db.collection.name"));
    }

    public void Dispose()
    {
        _listener.Dispose();
        _caller.Dispose();
    }

    private List<Activity> Spans()
    {
        lock (_finished)
        {
            // Only this class's made-up server: real commands of other tests may be traced meanwhile.
            return _finished
                .Where(activity => activity.Source.Name == MongoDBCommandTracer.ActivitySourceName && Equals(activity.GetTagItem("server.address"), "db.internal"))
                .ToList();
        }
    }
}
