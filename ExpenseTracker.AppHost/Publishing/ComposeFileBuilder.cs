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
    private readonly SortedSet<string> _volumes = new(StringComparer.Ordinal);

    public ComposeParameters Parameters => _parameters;

    public async Task<List<KeyValuePair<string, object>>> BuildAsync(DistributedApplicationModel model, CancellationToken cancellationToken)
    {
        var resolver = new ComposeValueResolver(_parameters);
        var services = new List<KeyValuePair<string, object>>();
        foreach (var resource in model.Resources.Where(IsPublishedService))
        {
            services.Add(new(resource.Name, await ServiceAsync(resource, resolver, cancellationToken)));
        }

        var document = new List<KeyValuePair<string, object>> { new("services", services) };
        if (_volumes.Count > 0)
        {
            document.Add(new("volumes", _volumes.Select(name => new KeyValuePair<string, object>(name, new List<KeyValuePair<string, object>>())).ToList()));
        }

        return document;
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

    private async Task<List<KeyValuePair<string, object>>> ServiceAsync(IResource resource, ComposeValueResolver resolver, CancellationToken cancellationToken)
    {
        var service = new List<KeyValuePair<string, object>>();
        AddImage(service, resource);

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
            service.Add(new("entrypoint", new List<string> { ComposeValueResolver.Escape(entrypoint) }));
        }

        var arguments = new List<string>();
        foreach (var argument in configuration.ArgumentsWithUnprocessed)
        {
            arguments.Add(await resolver.ResolveAsync(argument.Unprocessed, cancellationToken));
        }

        if (arguments.Count > 0)
        {
            service.Add(new("command", arguments));
        }

        var environment = new List<KeyValuePair<string, object>>();
        foreach (var (name, value) in configuration.EnvironmentVariablesWithUnprocessed)
        {
            environment.Add(new(name, await resolver.ResolveAsync(value.Unprocessed, cancellationToken)));
        }

        if (environment.Count > 0)
        {
            service.Add(new("environment", environment));
        }

        AddList(service, "ports", PublishedPorts(resource));
        AddList(service, "volumes", Mounts(resource));
        AddDependencies(service, resource);
        AddHealthCheck(service, resource);
        service.Add(new("restart", "unless-stopped"));
        return service;
    }

    private void AddImage(List<KeyValuePair<string, object>> service, IResource resource)
    {
        if (resource is ProjectResource project)
        {
            service.Add(new("image", $"{ContainerRepository(project)}:{ComposeParameters.Variable(ImageTagVariable, "latest")}"));
            return;
        }

        if (resource.TryGetLastAnnotation<DockerfileBuildAnnotation>(out var build))
        {
            service.Add(new("build", new List<KeyValuePair<string, object>>
            {
                new("context", RelativeToOutput(build.ContextPath)),
                new("dockerfile", RelativeToOutput(build.DockerfilePath)),
            }));
        }

        if (resource.TryGetLastAnnotation<ContainerImageAnnotation>(out var image))
        {
            service.Add(new("image", ImageName(image)));
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
                _volumes.Add(volume);
                yield return $"{volume}:{mount.Target}{suffix}";
            }
            else
            {
                yield return mount.Target;
            }
        }
    }

    private static void AddDependencies(List<KeyValuePair<string, object>> service, IResource resource)
    {
        var dependencies = new List<KeyValuePair<string, object>>();
        foreach (var wait in resource.Annotations.OfType<WaitAnnotation>())
        {
            // A database or blob service is a connection string of its server: compose waits for the server.
            var target = wait.Resource is IResourceWithParent<IResource> child ? child.Parent : wait.Resource;
            var condition = wait.WaitType == WaitType.WaitForCompletion ? "service_completed_successfully"
                : target.Annotations.OfType<ComposeHealthCheckAnnotation>().Any() && wait.WaitType == WaitType.WaitUntilHealthy ? "service_healthy"
                : "service_started";
            if (dependencies.All(existing => existing.Key != target.Name))
            {
                dependencies.Add(new(target.Name, new List<KeyValuePair<string, object>> { new("condition", condition) }));
            }
        }

        if (dependencies.Count > 0)
        {
            service.Add(new("depends_on", dependencies));
        }
    }

    private static void AddHealthCheck(List<KeyValuePair<string, object>> service, IResource resource)
    {
        if (!resource.TryGetLastAnnotation<ComposeHealthCheckAnnotation>(out var check))
        {
            return;
        }

        service.Add(new("healthcheck", new List<KeyValuePair<string, object>>
        {
            new("test", check.Test.Select(ComposeValueResolver.Escape).ToList()),
            new("interval", "10s"),
            new("timeout", "5s"),
            new("retries", 10),
            new("start_period", $"{(int)check.StartPeriod.TotalSeconds}s"),
        }));
    }

    private static void AddList(List<KeyValuePair<string, object>> service, string key, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            service.Add(new(key, list));
        }
    }

    private string RelativeToOutput(string path)
    {
        var relative = Path.GetRelativePath(outputDirectory, path).Replace('\\', '/');
        return relative.StartsWith('.') ? relative : $"./{relative}";
    }
}
