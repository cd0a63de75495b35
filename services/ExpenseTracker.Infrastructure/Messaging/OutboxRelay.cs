using ExpenseTracker.Application.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Infrastructure.Messaging;

/// <summary>
/// Publishes the outbox: claims a batch of pending messages (a lease, so that relays in several processes never hold
/// the same message at once), publishes them in order, and marks each sent only once the bus has confirmed it. While
/// the bus is unreachable it waits longer and longer (up to <see cref="MessagingOptions.RelayMaxBackoff"/>) and tries
/// again; nothing is lost, and a message published twice (a crash between confirm and mark) is absorbed by the
/// consumers, which are idempotent.
/// </summary>
public sealed partial class OutboxRelay(
    IOutboxStore outbox,
    IEventPublisher publisher,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(200);

    /// <summary>This relay's name on its claims: unique per process start.</summary>
    public string RelayId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await PublishBatchAsync(settings, stoppingToken);
                if (backoff > TimeSpan.Zero)
                {
                    LogResumed();
                    backoff = TimeSpan.Zero;
                }

                if (published == 0)
                {
                    await Task.Delay(settings.RelayPollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                backoff = backoff == TimeSpan.Zero ? FirstBackoff : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, settings.RelayMaxBackoff.Ticks));
                LogPublishFailed(exception, backoff);
                await ReleaseClaimsAsync(stoppingToken);
                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Publishes one batch; answers how many messages the bus confirmed.</summary>
    internal async Task<int> PublishBatchAsync(MessagingOptions settings, CancellationToken cancellationToken)
    {
        var batch = await outbox.ClaimAsync(RelayId, clock.GetUtcNow(), settings.RelayLease, settings.RelayBatchSize, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        // Started in order, confirmed concurrently: the broker keeps the order of one channel.
        var publishes = batch.Select(message => PublishOneAsync(message, cancellationToken)).ToList();
        try
        {
            await Task.WhenAll(publishes);
        }
        finally
        {
            var confirmed = batch.Where((_, index) => publishes[index].IsCompletedSuccessfully).ToList();
            if (confirmed.Count > 0)
            {
                var now = clock.GetUtcNow();
                await outbox.MarkSentAsync(confirmed.Select(message => message.Id).ToList(), now, CancellationToken.None);
                MessagingTelemetry.Published.Add(confirmed.Count);
                foreach (var message in confirmed)
                {
                    MessagingTelemetry.OutboxLag.Record(Math.Max(0, (now - message.OccurredAt).TotalSeconds));
                }
            }
        }

        return batch.Count;
    }

    private async Task PublishOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var activity = MessagingTelemetry.StartPublish(message.Type, message.TraceParent);
        activity?.SetTag("messaging.message.id", message.Id.ToString());
        await publisher.PublishAsync(message, cancellationToken);
    }

    private async Task ReleaseClaimsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await outbox.ReleaseAsync(RelayId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The lease expires by itself; releasing early only saves time.
            LogReleaseFailed(exception);
        }
    }

    [LoggerMessage(LogLevel.Warning, "The outbox relay could not publish; it tries again in {Backoff}")]
    private partial void LogPublishFailed(Exception exception, TimeSpan backoff);

    [LoggerMessage(LogLevel.Information, "The outbox relay publishes again")]
    private partial void LogResumed();

    [LoggerMessage(LogLevel.Debug, "The outbox relay could not release its claims")]
    private partial void LogReleaseFailed(Exception exception);
}
