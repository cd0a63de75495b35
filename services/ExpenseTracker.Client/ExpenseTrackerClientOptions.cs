namespace ExpenseTracker.Client;

/// <summary>Where the API is and how long calls may take.</summary>
public sealed class ExpenseTrackerClientOptions
{
    /// <summary>The service name the Aspire AppHost gives the API, resolved through service discovery.</summary>
    public static readonly Uri DefaultBaseAddress = new("https+http://api");

    /// <summary>
    /// The API's address: a service-discovery name such as <c>https+http://api</c> (the default) or a plain URL such as
    /// <c>http://localhost:5080</c>. Routes carry their own <c>/api/v1</c> prefix.
    /// </summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>
    /// How long one attempt of an import, an export or a receipt transfer may take (other calls keep the standard
    /// resilience handler's 10 s per attempt, 30 s in all). A 50 MiB import is one request.
    /// </summary>
    public TimeSpan TransferTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How many times a failed call that is safe to repeat is retried (0 for never); the standard resilience handler's
    /// default is 3. POSTs without an <c>Idempotency-Key</c> are never retried.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The wait before the first retry; later ones back off exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Whether the client's HttpClients get the standard resilience handler (retries, timeouts, circuit breaker). Turn it
    /// off in a host that already adds one to every HttpClient (<c>ConfigureHttpClientDefaults</c>), so calls are not
    /// retried twice over; that handler's timeouts then apply to imports too (10 s per attempt by default), and the
    /// retry, delay and transfer settings here do not. Read once, when <c>AddExpenseTrackerClient</c> runs.
    /// </summary>
    public bool UseStandardResilienceHandler { get; set; } = true;
}
