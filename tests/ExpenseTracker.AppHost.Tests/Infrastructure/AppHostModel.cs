using ExpenseTracker.ServiceDefaults;
using Microsoft.Extensions.Logging.Abstractions;

namespace ExpenseTracker.AppHost.Tests.Infrastructure;

/// <summary>The AppHost's application model, built (not started) in one mode, to read its resources and annotations.</summary>
public sealed class AppHostModel : IAsyncDisposable
{
    private readonly IDistributedApplicationTestingBuilder _builder;

    private AppHostModel(IDistributedApplicationTestingBuilder builder, TempDirectory dataDirectory)
    {
        _builder = builder;
        DataDirectory = dataDirectory;
    }

    public TempDirectory DataDirectory { get; }

    public IResourceCollection Resources => _builder.Resources;

    public DistributedApplicationExecutionContext ExecutionContext => _builder.ExecutionContext;

    public static async Task<AppHostModel> BuildAsync(bool useContainers, params string[] extraArguments)
    {
        var dataDirectory = new TempDirectory("apphost");
        string[] arguments = [$"--AppHost:UseContainers={useContainers}", $"--AppHost:DataDirectory={dataDirectory.Path}", .. extraArguments];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.ExpenseTracker_AppHost>(arguments, TestContext.Current.CancellationToken);
        return new AppHostModel(builder.WithQuietConsole(), dataDirectory);
    }

    public IResource Resource(string name) =>
        Resources.SingleOrDefault(resource => resource.Name == name) ?? throw new Xunit.Sdk.XunitException($"the model has no resource '{name}'");

    /// <summary>A path under the AppHost's data folder.</summary>
    public string Path(params string[] parts) => System.IO.Path.Combine([DataDirectory.Path, .. parts]);

    public bool Has(string name) => Resources.Any(resource => resource.Name == name);

    public ProjectResource Api => (ProjectResource)Resource(ResourceNames.Api);

    public ProjectResource Worker => (ProjectResource)Resource(ResourceNames.Worker);

    /// <summary>A resource's environment as a deployment would see it (manifest expressions for every reference).</summary>
    public static Task<Dictionary<string, string>> PublishedEnvironmentAsync(IResource resource) =>
        EnvironmentAsync(resource, DistributedApplicationOperation.Publish);

    /// <summary>A resource's environment with its values when running (for local processes, whose values are all known).</summary>
    public static Task<Dictionary<string, string>> RunEnvironmentAsync(IResource resource) =>
        EnvironmentAsync(resource, DistributedApplicationOperation.Run);

    /// <summary>A resource's arguments as a deployment would see them.</summary>
    public static async Task<IReadOnlyList<string>> PublishedArgumentsAsync(IResource resource)
    {
        var configuration = await ExecutionConfigurationBuilder.Create(resource).WithArgumentsConfig()
            .BuildAsync(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Publish), NullLogger.Instance, TestContext.Current.CancellationToken);
        return configuration.Arguments.Select(argument => argument.Value).ToList();
    }

    /// <summary>A resource's environment as the model holds it: parameters, references and expressions, unevaluated.</summary>
    public static async Task<Dictionary<string, object>> ModelEnvironmentAsync(IResource resource)
    {
        var configuration = await ExecutionConfigurationBuilder.Create(resource).WithEnvironmentVariablesConfig()
            .BuildAsync(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Publish), NullLogger.Instance, TestContext.Current.CancellationToken);
        return configuration.EnvironmentVariablesWithUnprocessed.ToDictionary(variable => variable.Key, variable => variable.Value.Unprocessed);
    }

    private static async Task<Dictionary<string, string>> EnvironmentAsync(IResource resource, DistributedApplicationOperation operation)
    {
        var configuration = await ExecutionConfigurationBuilder.Create(resource).WithEnvironmentVariablesConfig()
            .BuildAsync(new DistributedApplicationExecutionContext(operation), NullLogger.Instance, TestContext.Current.CancellationToken);
        return configuration.EnvironmentVariables.ToDictionary();
    }

    /// <summary>The names of the resources a resource waits for before it starts.</summary>
    public static IReadOnlyList<string> WaitsFor(IResource resource) =>
        resource.Annotations.OfType<WaitAnnotation>().Select(wait => wait.Resource.Name).ToList();

    public static bool HasHealthCheck(IResource resource) => resource.Annotations.OfType<HealthCheckAnnotation>().Any();

    public async ValueTask DisposeAsync()
    {
        await _builder.DisposeAsync();
        DataDirectory.Dispose();
    }
}
