namespace ExpenseTracker.AppHost.Hosting;

/// <summary>How the backing services run, and why: containers, or local processes with embedded fallbacks.</summary>
internal sealed record HostingMode(bool UseContainers, string Reason)
{
    public static HostingMode Select(IDistributedApplicationBuilder builder, AppHostSettings settings)
    {
        if (builder.ExecutionContext.IsPublishMode)
        {
            return new HostingMode(true, "publishing always describes the container deployment");
        }

        if (settings.UseContainers is { } configured)
        {
            return new HostingMode(configured, $"{AppHostSettings.UseContainersKey}={configured.ToString().ToLowerInvariant()}");
        }

        var candidates = ContainerRuntimeProbe.Candidates(builder.Configuration);
        return ContainerRuntimeProbe.FindHealthyRuntime(candidates) is { } runtime
            ? new HostingMode(true, $"the {runtime} engine answers")
            : new HostingMode(false, $"no container engine answers ({string.Join(", ", candidates.Select(c => c + " info"))} failed)");
    }
}
