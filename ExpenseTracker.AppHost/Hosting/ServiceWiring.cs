using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.AppHost.Hosting;

/// <summary>How the application's own services (API, worker) are connected to the backing services of the run.</summary>
internal static class ServiceWiring
{
    /// <summary>Where the web app is in the API's container image (the SDK's working directory is /app).</summary>
    public const string PublishedWebAppFolder = "/app/wwwroot";

    /// <summary>
    /// A connection string for every backing service that exists (its absence selects the embedded equivalent),
    /// a wait for its server to be healthy, and, when running, the AppHost's data folder.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithBackingServices(
        this IResourceBuilder<ProjectResource> project, BackingServices backing, AppHostSettings settings)
    {
        // Services read connection strings only; the per-property variables Aspire can add would repeat the secrets.
        project.WithReferenceEnvironment(ReferenceEnvironmentInjectionFlags.ConnectionString);
        foreach (var service in backing.Services)
        {
            project.WithReference(service.Connection).WaitFor(service.Server);
        }

        if (project.ApplicationBuilder.ExecutionContext.IsRunMode)
        {
            project.WithEnvironment("Storage__DataDirectory", settings.DataDirectory);
        }

        return project;
    }

    /// <summary>In a published container, the service's own executable checks its health (see <see cref="HealthProbe"/>).</summary>
    public static IResourceBuilder<ProjectResource> WithContainerHealthProbe(this IResourceBuilder<ProjectResource> project)
    {
        var executable = Path.GetFileNameWithoutExtension(project.Resource.GetProjectMetadata().ProjectPath);
        return project.WithContainerHealthCheck(TimeSpan.FromSeconds(20), "CMD", $"/app/{executable}", HealthProbe.Argument);
    }

    /// <summary>
    /// When published, the API takes its Microsoft Entra ID registration from deployment parameters; left empty, the
    /// API stays its own identity provider (see docs/decisions/0004-local-identity.md).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithEntraIdParameters(this IResourceBuilder<ProjectResource> project)
    {
        var builder = project.ApplicationBuilder;
        if (builder.ExecutionContext.IsPublishMode)
        {
            project
                .WithEnvironment("AzureAd__TenantId", builder.AddParameter("azuread-tenant-id"))
                .WithEnvironment("AzureAd__ClientId", builder.AddParameter("azuread-client-id"))
                .WithEnvironment("AzureAd__Audience", builder.AddParameter("azuread-audience"));
        }

        return project;
    }

    /// <summary>
    /// Published, the API's image carries the built web app in <c>wwwroot</c> (the API's BuildWebApp target) and
    /// serves it on the API's own public endpoint, so the deployment has no web resource of its own; the variable
    /// says so in the manifest and the compose file.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPublishedWebApp(this IResourceBuilder<ProjectResource> project)
    {
        if (project.ApplicationBuilder.ExecutionContext.IsPublishMode)
        {
            project.WithEnvironment("Web__RootPath", PublishedWebAppFolder);
        }

        return project;
    }
}
