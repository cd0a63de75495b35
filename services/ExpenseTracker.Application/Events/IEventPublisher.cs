namespace ExpenseTracker.Application.Events;

/// <summary>The bus as the outbox relay sees it.</summary>
public interface IEventPublisher
{
    /// <summary>
    /// Publishes the message; the task completes only once the bus has it for good (a broker's publisher confirm, or
    /// the in-process consumers' verdict), and fails otherwise.
    /// </summary>
    Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken);
}
