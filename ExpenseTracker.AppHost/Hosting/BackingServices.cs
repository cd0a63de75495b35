namespace ExpenseTracker.AppHost.Hosting;

/// <summary>A backing service the application's services reference: the connection string they read and the server they wait for.</summary>
internal sealed record BackingService(IResourceBuilder<IResourceWithConnectionString> Connection, IResourceBuilder<IResource> Server);

/// <summary>What a backing service became in this run, told to the developer in one line.</summary>
internal sealed record ServiceChoice(string Service, string Choice);

/// <summary>
/// The backing services of one run: those that exist (as containers or local processes) and, for every service,
/// what was chosen. A service without a server is simply absent: the application then uses its embedded equivalent.
/// </summary>
internal sealed class BackingServices
{
    private readonly List<BackingService> _services = [];
    private readonly List<ServiceChoice> _choices = [];

    public IReadOnlyList<BackingService> Services => _services;

    public IReadOnlyList<ServiceChoice> Choices => _choices;

    /// <summary>Where Prometheus reads what to scrape, when Prometheus runs.</summary>
    public PrometheusScrapeTargets? ScrapeTargets { get; set; }

    public void Add(IResourceBuilder<IResourceWithConnectionString> connection, IResourceBuilder<IResource> server, string choice)
    {
        _services.Add(new BackingService(connection, server));
        _choices.Add(new ServiceChoice(connection.Resource.Name, choice));
    }

    public void Choose(string service, string choice) => _choices.Add(new ServiceChoice(service, choice));
}
