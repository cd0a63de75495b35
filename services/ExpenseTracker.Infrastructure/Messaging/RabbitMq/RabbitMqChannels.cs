using RabbitMQ.Client;

namespace ExpenseTracker.Infrastructure.Messaging.RabbitMq;

internal static class RabbitMqChannels
{
    /// <summary>A channel whose publishes complete only when the broker confirms them (and throw when it refuses).</summary>
    public static Task<IChannel> OpenConfirmingAsync(IConnection connection, CancellationToken cancellationToken) =>
        connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);
}
