using ExpenseTracker.Application.Events;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Infrastructure.Messaging;

/// <summary>The consumers this process hosts: those registered for the placements its role runs.</summary>
public sealed class ConsumerSet(IServiceProvider services, IEnumerable<ConsumerRegistration> registrations, IReadOnlyCollection<ConsumerPlacement> placements)
{
    private readonly Lazy<IReadOnlyList<(IIntegrationEventConsumer Consumer, ConsumerPlacement Placement)>> _consumers = new(() => registrations
        .Where(registration => placements.Contains(registration.Placement))
        .Select(registration => ((IIntegrationEventConsumer)ActivatorUtilities.GetServiceOrCreateInstance(services, registration.ConsumerType), registration.Placement))
        .ToList());

    public IReadOnlyList<(IIntegrationEventConsumer Consumer, ConsumerPlacement Placement)> All => _consumers.Value;

    public IIntegrationEventConsumer? Find(string name) => All.FirstOrDefault(entry => entry.Consumer.Name == name).Consumer;
}
