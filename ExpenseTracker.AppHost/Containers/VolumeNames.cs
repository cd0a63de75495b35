namespace ExpenseTracker.AppHost.Containers;

/// <summary>
/// Named volumes with a stable, readable name (<c>expensetracker-mongo-data</c>), the same in every run and in the
/// compose file, so that data survives restarts and is easy to find with <c>docker volume ls</c>.
/// </summary>
internal static class VolumeNames
{
    public static string For(IResource resource, string purpose) => $"expensetracker-{resource.Name}-{purpose}";

    public static IResourceBuilder<T> WithDataVolumeAt<T>(this IResourceBuilder<T> builder, string target)
        where T : ContainerResource =>
        builder.WithVolume(For(builder.Resource, "data"), target);
}
