extern alias worker;
using ExpenseTracker.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Distributed.Tests.Hosts;

/// <summary>A worker process of a deployment, composed by the worker's own Program; started at once.</summary>
public sealed class WorkerHost : ConfiguredHost<worker::Program>
{
    public WorkerHost(Deployment deployment, Action<IServiceCollection>? services = null)
        : base(deployment.Settings(), services)
    {
        _ = Services;
    }
}
