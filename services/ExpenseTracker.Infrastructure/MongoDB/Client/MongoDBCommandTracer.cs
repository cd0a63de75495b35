using System.Collections.Concurrent;
using System.Diagnostics;
using MongoDB.Driver;
using MongoDB.Driver.Core.Configuration;
using MongoDB.Driver.Core.Events;

namespace ExpenseTracker.Infrastructure.MongoDB.Client;

/// <summary>
/// One client span per MongoDB command, from the driver's command events. The span starts when the command is sent
/// (as a child of whatever the caller was doing) and ends when its reply or failure arrives.
/// </summary>
public sealed class MongoDBCommandTracer
{
    /// <summary>Under the service defaults' <c>ExpenseTracker.*</c> prefix, so every service exports these spans.</summary>
    public const string ActivitySourceName = "ExpenseTracker.MongoDB";

    private static readonly ActivitySource Source = new(ActivitySourceName);

    private readonly ConcurrentDictionary<int, Activity> _inFlight = new();

    public void Subscribe(ClusterBuilder cluster) => cluster
        .Subscribe<CommandStartedEvent>(OnStarted)
        .Subscribe<CommandSucceededEvent>(OnSucceeded)
        .Subscribe<CommandFailedEvent>(OnFailed);

    public void OnStarted(CommandStartedEvent command)
    {
        if (!Source.HasListeners())
        {
            return;
        }

        var span = MongoDBCommandSpan.Describe(command);
        var caller = Activity.Current;
        var activity = Source.StartActivity(span.Name, ActivityKind.Client, parentContext: default, tags: span.Tags);

        // The event is raised inside the driver's call; the span must not become the caller's current activity.
        Activity.Current = caller;
        if (activity is not null)
        {
            _inFlight[command.RequestId] = activity;
        }
    }

    public void OnSucceeded(CommandSucceededEvent reply)
    {
        if (_inFlight.TryRemove(reply.RequestId, out var activity))
        {
            activity.Stop();
        }
    }

    public void OnFailed(CommandFailedEvent failure)
    {
        if (!_inFlight.TryRemove(failure.RequestId, out var activity))
        {
            return;
        }

        var exception = failure.Failure;
        activity.SetStatus(ActivityStatusCode.Error, exception?.Message);
        if (exception is not null)
        {
            activity.SetTag("error.type", exception.GetType().FullName);
            if (exception is MongoCommandException { Code: var code })
            {
                activity.SetTag("db.response.status_code", code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            activity.AddException(exception);
        }

        activity.Stop();
    }
}
