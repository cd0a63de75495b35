namespace ExpenseTracker.AppHost.Hosting;

/// <summary>
/// How a container checks its own health from inside (a compose <c>healthcheck.test</c>). Aspire's health checks run
/// in the AppHost; a Docker host has no AppHost, so each published container carries this command instead.
/// </summary>
internal sealed record ComposeHealthCheckAnnotation(IReadOnlyList<string> Test, TimeSpan StartPeriod) : IResourceAnnotation;

internal static class ComposeHealthCheckExtensions
{
    /// <summary>The command the container runs to check itself; the first item is CMD or CMD-SHELL.</summary>
    public static IResourceBuilder<T> WithContainerHealthCheck<T>(this IResourceBuilder<T> builder, TimeSpan startPeriod, params string[] test)
        where T : IResource =>
        builder.WithAnnotation(new ComposeHealthCheckAnnotation(test, startPeriod), ResourceAnnotationMutationBehavior.Replace);
}
