using ExpenseTracker.AppHost.Tests.Infrastructure;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.AppHost.Tests;

/// <summary>The model the AppHost builds when a container runtime is present (forced here: no engine is needed to build it).</summary>
public sealed class ContainerModeModelTests : IAsyncLifetime
{
    private static readonly string[] BackingContainers =
        [ResourceNames.MongoServer, ResourceNames.Cache, ResourceNames.Messaging, ResourceNames.Storage, ResourceNames.Seq, ResourceNames.Prometheus, ResourceNames.Grafana];

    private static readonly string[] ConnectionStrings =
        [ResourceNames.ExpenseDatabase, ResourceNames.Cache, ResourceNames.Messaging, ResourceNames.Blobs, ResourceNames.Seq];

    private AppHostModel _model = null!;

    public async ValueTask InitializeAsync() => _model = await AppHostModel.BuildAsync(useContainers: true);

    public ValueTask DisposeAsync() => _model.DisposeAsync();

    [Fact]
    public void Every_backing_service_is_a_container_with_a_pinned_image_a_named_data_volume_and_a_health_check()
    {
        foreach (var name in BackingContainers)
        {
            var container = Assert.IsAssignableFrom<ContainerResource>(_model.Resource(name));
            var image = container.Annotations.OfType<ContainerImageAnnotation>().Single();
            Assert.False(string.IsNullOrEmpty(image.Tag) || image.Tag == "latest", $"{name} has no pinned tag");
            Assert.Contains(container.Annotations.OfType<ContainerMountAnnotation>(),
                mount => mount.Type == ContainerMountType.Volume && mount.Source == $"expensetracker-{name}-data");
            Assert.True(AppHostModel.HasHealthCheck(container), $"{name} has no health check");
        }
    }

    [Fact]
    public async Task MongoDB_is_a_single_node_replica_set_with_a_generated_password_and_an_expensedb_database()
    {
        var mongo = (ContainerResource)_model.Resource(ResourceNames.MongoServer);
        var image = mongo.Annotations.OfType<ContainerImageAnnotation>().Single();
        Assert.Equal(("mongo", "8.0"), (image.Image, image.Tag));

        var arguments = await AppHostModel.PublishedArgumentsAsync(mongo);
        Assert.Contains("--replSet rs0", string.Join(' ', arguments), StringComparison.Ordinal);

        var environment = await AppHostModel.PublishedEnvironmentAsync(mongo);
        Assert.Equal("{mongo-password.value}", environment["MONGO_INITDB_ROOT_PASSWORD"]);
        var password = Assert.IsType<ParameterResource>((await AppHostModel.ModelEnvironmentAsync(mongo))["MONGO_INITDB_ROOT_PASSWORD"]);
        Assert.True(password.Secret);

        var database = Assert.IsAssignableFrom<IResourceWithConnectionString>(_model.Resource(ResourceNames.ExpenseDatabase));
        Assert.Same(mongo, Assert.IsAssignableFrom<IResourceWithParent>(database).Parent);
        Assert.Equal(
            "mongodb://root:{mongo-password.value}@{mongo.bindings.tcp.host}:{mongo.bindings.tcp.port}/expensedb?authSource=admin&directConnection=true",
            database.ConnectionStringExpression.ValueExpression);
    }

    [Fact]
    public void RabbitMQ_serves_its_management_UI()
    {
        var messaging = (ContainerResource)_model.Resource(ResourceNames.Messaging);
        Assert.EndsWith("-management", messaging.Annotations.OfType<ContainerImageAnnotation>().Single().Tag, StringComparison.Ordinal);
        Assert.Contains(messaging.Annotations.OfType<EndpointAnnotation>(), endpoint => endpoint.Name == "management" && endpoint.UriScheme == "http");
    }

    [Fact]
    public async Task Azurite_serves_blobs_with_a_generated_account_key()
    {
        var storage = (ContainerResource)_model.Resource(ResourceNames.Storage);
        var image = storage.Annotations.OfType<ContainerImageAnnotation>().Single();
        Assert.Equal(("mcr.microsoft.com", "azure-storage/azurite"), (image.Registry, image.Image));

        var blobs = (IResourceWithConnectionString)_model.Resource(ResourceNames.Blobs);
        Assert.Same(storage, ((IResourceWithParent)blobs).Parent);
        Assert.Equal(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={storage-key.value};BlobEndpoint={storage.bindings.blob.url}/devstoreaccount1;",
            blobs.ConnectionStringExpression.ValueExpression);
        var accounts = Assert.IsType<ReferenceExpression>((await AppHostModel.ModelEnvironmentAsync(storage))["AZURITE_ACCOUNTS"]);
        Assert.True(accounts.ValueProviders.OfType<ParameterResource>().Single().Secret);
    }

    [Fact]
    public void Prometheus_and_Grafana_mount_their_configuration_from_the_repository()
    {
        var prometheus = (ContainerResource)_model.Resource(ResourceNames.Prometheus);
        var grafana = (ContainerResource)_model.Resource(ResourceNames.Grafana);
        var mounts = prometheus.Annotations.OfType<ContainerMountAnnotation>().Concat(grafana.Annotations.OfType<ContainerMountAnnotation>())
            .Where(mount => mount.Type == ContainerMountType.BindMount)
            .ToDictionary(mount => mount.Target, mount => mount.Source!);

        Assert.EndsWith(Path.Combine("infra", "prometheus", "prometheus.yml"), mounts["/etc/prometheus/prometheus.yml"], StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine("infra", "grafana", "provisioning"), mounts["/etc/grafana/provisioning"], StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine("infra", "grafana", "dashboards"), mounts["/var/lib/grafana/dashboards"], StringComparison.Ordinal);
        Assert.All(mounts.Values.Where(source => source.Contains("infra", StringComparison.Ordinal)), source => Assert.True(Path.Exists(source), $"{source} is missing"));
        Assert.Contains(ResourceNames.Prometheus, AppHostModel.WaitsFor(grafana));
    }

    [Fact]
    public async Task API_and_worker_read_every_connection_string_and_wait_for_every_server()
    {
        foreach (var service in new[] { _model.Api, _model.Worker })
        {
            var environment = await AppHostModel.PublishedEnvironmentAsync(service);
            foreach (var name in ConnectionStrings)
            {
                Assert.Equal($"{{{name}.connectionString}}", environment[$"ConnectionStrings__{name}"]);
            }

            Assert.Superset(
                new HashSet<string> { ResourceNames.MongoServer, ResourceNames.Cache, ResourceNames.Messaging, ResourceNames.Storage, ResourceNames.Seq },
                AppHostModel.WaitsFor(service).ToHashSet());
            Assert.True(AppHostModel.HasHealthCheck(service), $"{service.Name} has no health check");
        }

        Assert.Contains(ResourceNames.Api, AppHostModel.WaitsFor(_model.Worker));
        Assert.Contains(_model.Api.Annotations.OfType<EndpointAnnotation>(), endpoint => endpoint.Name == "http" && endpoint.IsExternal);
    }
}
