using System.Globalization;
using System.Xml.Linq;
using ExpenseTracker.AppHost.Hosting;
using Microsoft.Extensions.Logging;

namespace ExpenseTracker.AppHost.Publishing;

/// <summary>
/// Reads the application model as published (containers and projects, their environment, arguments, endpoints,
/// mounts, waits and container health checks) and describes it as a Docker Compose file.
/// </summary>
internal sealed class ComposeFileBuilder(DistributedApplicationExecutionContext executionContext, string outputDirectory, ILogger logger)
{
    public const string ImageTagVariable = "EXPENSETRACKER_IMAGE_TAG";

    private readonly ComposeParameters _parameters = new();
    private readonly ComposeFile _compose = new();

    public ComposeParameters Parameters => _parameters;

    public async Task<ComposeFile> BuildAsync(DistributedApplicationModel model, CancellationToken cancellationToken)
    {
        var resolver = new ComposeValueResolver(_parameters);
        foreach (var resource in model.Resources.Where(IsPublishedService))
        {
            _compose.Services.Add(resource.Name, await ServiceAsync(resource, resolver, cancellationToken));
        }

        return _compose;
    }

    private static bool IsPublishedService(IResource resource)
    {
        if (resource.IsExcludedFromPublish())
        {
            return false;
        }

        return resource switch
        {
            ContainerResource or ProjectResource => true,
            ExecutableResource => throw new NotSupportedException(
                $"'{resource.Name}' runs as an executable and has no container image: publish it as a container (e.g. PublishAsDockerFile) or exclude it from publishing"),
            _ => false,
        };
    }

    private async Task<ComposeService> ServiceAsync(IResource resource, ComposeValueResolver resolver, CancellationToken cancellationToken)
    {
        var service = new ComposeService();
        SetImage(service, resource);

        var configuration = await ExecutionConfigurationBuilder.Create(resource)
            .WithEnvironmentVariablesConfig()
            .WithArgumentsConfig()
            .BuildAsync(executionContext, logger, cancellationToken);
        if (configuration.Exception is not null)
        {
            throw new InvalidOperationException($"The configuration of '{resource.Name}' cannot be read", configuration.Exception);
        }

        if (resource is ContainerResource { Entrypoint: { Length: > 0 } entrypoint })
        {
            service.Entrypoint.Add(ComposeValueResolver.Escape(entrypoint));
        }

        foreach (var argument in configuration.ArgumentsWithUnprocessed)
        {
            service.Command.Add(await resolver.ResolveAsync(argument.Unprocessed, cancellationToken));
        }

        foreach (var (name, value) in configuration.EnvironmentVariablesWithUnprocessed)
        {
            service.Environment.Add(name, await resolver.ResolveAsync(value.Unprocessed, cancellationToken));
        }

        service.Ports.AddRange(PublishedPorts(resource));
        service.Volumes.AddRange(Mounts(resource));
        AddDependencies(service, resource);
        service.Healthcheck = HealthCheck(resource);
        return service;
    }

    private void SetImage(ComposeService service, IResource resource)
    {
        if (resource is ProjectResource project)
        {
            service.Image = $"{ContainerRepository(project)}:{ComposeParameters.Variable(ImageTagVariable, "latest")}";
            return;
        }

        if (resource.TryGetLastAnnotation<DockerfileBuildAnnotation>(out var build))
        {
            service.Build = new ComposeBuild(RelativeToOutput(build.ContextPath), RelativeToOutput(build.DockerfilePath));
        }

        if (resource.TryGetLastAnnotation<ContainerImageAnnotation>(out var image))
        {
            service.Image = ImageName(image);
        }
    }

    /// <summary>Docker Hub images by their short name; any other registry is kept.</summary>
    private static string ImageName(ContainerImageAnnotation image)
    {
        var name = image.Registry is null or "docker.io" ? image.Image.Replace("library/", string.Empty, StringComparison.Ordinal) : $"{image.Registry}/{image.Image}";
        return image.SHA256 is { Length: > 0 } digest ? $"{name}@sha256:{digest}" : $"{name}:{image.Tag ?? "latest"}";
    }

    /// <summary>The image the .NET SDK builds for a project (<c>ContainerRepository</c> in its project file).</summary>
    private static string ContainerRepository(ProjectResource project)
    {
        var projectPath = project.GetProjectMetadata().ProjectPath;
        return XDocument.Load(projectPath).Descendants("ContainerRepository").Select(element => element.Value.Trim()).FirstOrDefault(value => value.Length > 0)
            ?? throw new InvalidOperationException($"{Path.GetFileName(projectPath)} names no ContainerRepository: compose cannot name its image");
    }

    /// <summary>Only endpoints meant to be reached from outside are published on the Docker host (an HTTPS endpoint of a project shares its container port).</summary>
    private static IEnumerable<string> PublishedPorts(IResource resource) =>
        resource.Annotations.OfType<EndpointAnnotation>()
            .Where(endpoint => endpoint.IsExternal)
            .Select(endpoint =>
            {
                var containerPort = ComposeValueResolver.ContainerPort(endpoint, resource);
                return string.Create(CultureInfo.InvariantCulture, $"{endpoint.Port ?? containerPort}:{containerPort}");
            })
            .Distinct(StringComparer.Ordinal);

    private IEnumerable<string> Mounts(IResource resource)
    {
        foreach (var mount in resource.Annotations.OfType<ContainerMountAnnotation>())
        {
            var suffix = mount.IsReadOnly ? ":ro" : string.Empty;
            if (mount.Type == ContainerMountType.BindMount)
            {
                yield return $"{RelativeToOutput(mount.Source!)}:{mount.Target}{suffix}";
            }
            else if (mount.Source is { Length: > 0 } volume)
            {
                _compose.Volumes.TryAdd(volume, new ComposeVolume());
                yield return $"{volume}:{mount.Target}{suffix}";
            }
            else
            {
                yield return mount.Target;
            }
        }
    }

    private static void AddDependencies(ComposeService service, IResource resource)
    {
        foreach (var wait in resource.Annotations.OfType<WaitAnnotation>())
        {
            // A database or blob service is a connection string of its server: compose waits for the server.
            var target = wait.Resource is IResourceWithParent<IResource> child ? child.Parent : wait.Resource;
            var condition = wait.WaitType == WaitType.WaitForCompletion ? "service_completed_successfully"
                : target.Annotations.OfType<ComposeHealthCheckAnnotation>().Any() && wait.WaitType == WaitType.WaitUntilHealthy ? "service_healthy"
                : "service_started";
            service.DependsOn.TryAdd(target.Name, new ComposeDependency(condition));
        }
    }

    private static ComposeHealthCheck? HealthCheck(IResource resource) =>
        resource.TryGetLastAnnotation<ComposeHealthCheckAnnotation>(out var check)
            ? new ComposeHealthCheck(
                [.. check.Test.Select(ComposeValueResolver.Escape)],
                Interval: "10s",
                Timeout: "5s",
                Retries: 10,
                StartPeriod: $"{(int)check.StartPeriod.TotalSeconds}s")
            : null;

    private string RelativeToOutput(string path)
    {
        var relative = Path.GetRelativePath(outputDirectory, path).Replace('\\', '/');
        return relative.StartsWith('.') ? relative : $"./{relative}";
    }
}
