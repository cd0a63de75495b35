namespace ExpenseTracker.AppHost.Publishing;

/// <summary>
/// The part of the Compose specification this deployment uses. Properties are written in declaration order and in
/// snake_case (<see cref="ComposeYaml"/>); empty lists and maps and null values are left out.
/// </summary>
internal sealed class ComposeFile
{
    public OrderedDictionary<string, ComposeService> Services { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, ComposeVolume> Volumes { get; } = new(StringComparer.Ordinal);
}

internal sealed class ComposeService
{
    public ComposeBuild? Build { get; set; }

    public string? Image { get; set; }

    public List<string> Entrypoint { get; } = [];

    public List<string> Command { get; } = [];

    public OrderedDictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public List<string> Ports { get; } = [];

    public List<string> Volumes { get; } = [];

    public OrderedDictionary<string, ComposeDependency> DependsOn { get; } = new(StringComparer.Ordinal);

    public ComposeHealthCheck? Healthcheck { get; set; }

    public string Restart { get; set; } = "unless-stopped";
}

internal sealed record ComposeBuild(string Context, string Dockerfile);

internal sealed record ComposeDependency(string Condition);

internal sealed record ComposeHealthCheck(IReadOnlyList<string> Test, string Interval, string Timeout, int Retries, string StartPeriod);

/// <summary>A named volume with Docker's defaults (written as <c>{}</c>).</summary>
internal sealed class ComposeVolume;
