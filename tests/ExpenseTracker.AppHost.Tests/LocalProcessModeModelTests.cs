using ExpenseTracker.AppHost.Tests.Infrastructure;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.AppHost.Tests;

/// <summary>The model the AppHost builds without a container runtime: local processes where installed, nothing where not.</summary>
public sealed class LocalProcessModeModelTests : IAsyncLifetime
{
    private AppHostModel _model = null!;

    public async ValueTask InitializeAsync() => _model = await AppHostModel.BuildAsync(useContainers: false);

    public ValueTask DisposeAsync() => _model.DisposeAsync();

    [Fact]
    public void No_container_is_in_the_model()
    {
        Assert.DoesNotContain(_model.Resources, resource => resource is ContainerResource);
        Assert.False(_model.Has(ResourceNames.Seq));
        Assert.False(_model.Has(ResourceNames.Grafana));
    }

    [Fact]
    public void Installed_servers_run_as_local_processes_with_a_health_check_and_their_data_under_the_data_folder()
    {
        InstalledServers.Require(InstalledServers.Redis, InstalledServers.RabbitMq,
            InstalledServers.Azurite, InstalledServers.Prometheus);
        var servers = _model.Path("servers");

        foreach (var name in new[] { ResourceNames.Cache, ResourceNames.Messaging, $"{ResourceNames.Messaging}-epmd", ResourceNames.Storage, ResourceNames.Prometheus })
        {
            var process = Assert.IsAssignableFrom<ExecutableResource>(_model.Resource(name));
            Assert.StartsWith(servers, process.WorkingDirectory, StringComparison.Ordinal);
            Assert.True(AppHostModel.HasHealthCheck(process), $"{name} has no health check");
        }

        Assert.EndsWith("redis-server", ((ExecutableResource)_model.Resource(ResourceNames.Cache)).Command, StringComparison.Ordinal);
        Assert.EndsWith("rabbitmq-server", ((ExecutableResource)_model.Resource(ResourceNames.Messaging)).Command, StringComparison.Ordinal);
        Assert.EndsWith("azurite-blob", ((ExecutableResource)_model.Resource(ResourceNames.Storage)).Command, StringComparison.Ordinal);
        Assert.EndsWith("prometheus", ((ExecutableResource)_model.Resource(ResourceNames.Prometheus)).Command, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_local_process_listens_on_its_own_port()
    {
        InstalledServers.Require(InstalledServers.Redis, InstalledServers.RabbitMq,
            InstalledServers.Azurite, InstalledServers.Prometheus);
        var ports = _model.Resources.OfType<ExecutableResource>()
            .Where(process => process.Name != ResourceNames.Web)
            .SelectMany(process => process.Annotations.OfType<EndpointAnnotation>())
            .Select(endpoint => endpoint.Port)
            .ToList();

        Assert.NotEmpty(ports);
        Assert.All(ports, port => Assert.NotNull(port));
        Assert.Equal(ports.Count, ports.Distinct().Count());
    }

    [Fact]
    public async Task RabbitMQ_uses_its_own_epmd_so_that_stopping_the_AppHost_leaves_none_behind()
    {
        InstalledServers.Require(InstalledServers.RabbitMq);
        var rabbit = (ExecutableResource)_model.Resource(ResourceNames.Messaging);
        var epmd = (ExecutableResource)_model.Resource($"{ResourceNames.Messaging}-epmd");

        var epmdPort = epmd.Annotations.OfType<EndpointAnnotation>().Single().Port!.Value;
        var environment = await AppHostModel.RunEnvironmentAsync(rabbit);
        Assert.Equal(epmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture), environment["ERL_EPMD_PORT"]);
        Assert.StartsWith(_model.Path("servers"), environment["RABBITMQ_MNESIA_BASE"], StringComparison.Ordinal);
        Assert.Contains(epmd.Name, AppHostModel.WaitsFor(rabbit));
    }

    [Fact]
    public async Task API_and_worker_get_a_connection_string_for_each_running_server_and_none_for_the_rest()
    {
        InstalledServers.Require(InstalledServers.Redis, InstalledServers.RabbitMq, InstalledServers.Azurite);
        Assert.Matches(@"^127\.0\.0\.1:\d+$", ConnectionString(ResourceNames.Cache));
        Assert.Matches(@"^amqp://guest:guest@127\.0\.0\.1:\d+/$", ConnectionString(ResourceNames.Messaging));
        Assert.Matches(@"AccountKey=\{storage-key\.value\};BlobEndpoint=http://127\.0\.0\.1:\d+/devstoreaccount1;$", ConnectionString(ResourceNames.Blobs));

        foreach (var service in new[] { _model.Api, _model.Worker })
        {
            var environment = await AppHostModel.PublishedEnvironmentAsync(service);
            foreach (var name in new[] { ResourceNames.Cache, ResourceNames.Messaging, ResourceNames.Blobs })
            {
                Assert.Equal($"{{{name}.connectionString}}", environment[$"ConnectionStrings__{name}"]);
            }

            Assert.Equal(InstalledServers.MongoDb, environment.ContainsKey("ConnectionStrings__expensedb"));
            Assert.False(environment.ContainsKey("ConnectionStrings__seq"), "Seq cannot run without containers");
            Assert.Equal(_model.DataDirectory.Path, environment["Storage__DataDirectory"]);
            Assert.Superset(new HashSet<string> { ResourceNames.Cache, ResourceNames.Messaging, ResourceNames.Storage }, AppHostModel.WaitsFor(service).ToHashSet());
        }
    }

    // The expression, not its value: a parameter's value exists only once the AppHost runs.
    private string ConnectionString(string name) =>
        ((IResourceWithConnectionString)_model.Resource(name)).ConnectionStringExpression.ValueExpression;
}
