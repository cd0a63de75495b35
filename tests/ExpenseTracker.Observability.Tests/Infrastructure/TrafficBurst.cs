using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ExpenseTracker.Api.Endpoints;
using ExpenseTracker.Application.Events;
using ExpenseTracker.Contracts;
using ExpenseTracker.Infrastructure.Sqlite;
using Microsoft.Data.Sqlite;

namespace ExpenseTracker.Observability.Tests.Infrastructure;

/// <summary>
/// What users and operators do in a few seconds, chosen so that every panel of every dashboard has data: sign-ins,
/// reads served by the cache and by the store, expenses typed in and created by a recurring rule, a budget crossed at
/// 80 % and 100 % (alerts raised by the worker), a CSV import with a refused row, a receipt, bad requests (4xx), a poisoned event that fails every retry and is
/// dead-lettered, and a short concurrent burst.
/// </summary>
public sealed class TrafficBurst(ObservedDeployment deployment)
{
    public const string Alice = "alice";
    public const string Bob = "bob";
    public const string Operator = "operator";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly List<string> _secrets = [];

    /// <summary>What the burst left behind for the tests to look for.</summary>
    public sealed record Outcome(
        IReadOnlyList<string> BearerTokens,
        ActivityTraceId BudgetAlertTrace,
        ActivityTraceId CachedReadTrace,
        string ValidationProblemTraceParent);

    public async Task<Outcome> RunAsync()
    {
        using var anonymous = deployment.Api.CreateClient();
        using var alice = await SignedInAsync(Alice);
        using var bob = await SignedInAsync(Bob);
        using var admin = await SignedInAsync(Operator);

        var categories = await alice.GetFromJsonAsync<List<CategoryResponse>>("/api/v1/categories");
        var food = categories!.Single(category => category.Name == "Food");
        (await alice.PutAsJsonAsync($"/api/v1/budgets/{food.Id}", new BudgetRequest(100m, "EUR"))).EnsureSuccessStatusCode();

        // The budget's own event is handled first, so that the 80 % alert is raised by the expense that crosses it.
        await Eventually.ValueAsync(() => WorkerCounterAsync("expensetracker_consumer_handled_total", "consumer=\"budget-alerts\""), handled => handled >= 1, what: "the budget event handled by the worker");
        var budgetAlertTrace = ActivityTraceId.CreateRandom();
        var crossing = await SendAsync(alice, HttpMethod.Post, "/api/v1/expenses", new ExpenseRequest(85m, "EUR", Today, food.Id, "Market"), budgetAlertTrace);
        var expense = (await crossing.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ExpenseResponse>())!;
        await NotificationsAsync(alice, 1);
        (await alice.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(20m, "EUR", Today, food.Id, "Bakery"))).EnsureSuccessStatusCode();
        await NotificationsAsync(alice, 2);

        // A read the cache answers: its only log line is the request line.
        var cachedReadTrace = ActivityTraceId.CreateRandom();
        (await SendAsync(alice, HttpMethod.Get, "/api/v1/categories", null, cachedReadTrace)).EnsureSuccessStatusCode();

        var month = Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        for (var read = 0; read < 3; read++)
        {
            (await alice.GetAsync($"/api/v1/reports/monthly?month={month}")).EnsureSuccessStatusCode();
            (await alice.GetAsync($"/api/v1/reports/trend?from={Today.AddMonths(-2):yyyy-MM}&to={month}")).EnsureSuccessStatusCode();
        }

        (await alice.GetAsync("/api/v1/expenses?pageSize=10")).EnsureSuccessStatusCode();
        (await alice.GetAsync($"/api/v1/expenses/{expense.Id}")).EnsureSuccessStatusCode();

        // A CSV import with a refused row, and a receipt: the imports and receipts panels.
        var csv = $"date,amount,currency,category,merchant,note,tags\n{Today:yyyy-MM-dd},4.20,EUR,Food,Kiosk,,\nnot-a-date,1,EUR,,,,\n";
        (await alice.PostAsync("/api/v1/expenses/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        using (var receipt = new MultipartFormDataContent())
        {
            byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
            receipt.Add(new ByteArrayContent(png), "file", "receipt.png");
            (await alice.PostAsync($"/api/v1/expenses/{expense.Id}/receipts", receipt)).EnsureSuccessStatusCode();
        }

        (await alice.PostAsJsonAsync("/api/v1/recurring", new RecurringRequest(9.99m, "EUR", "monthly", 1, Today, Merchant: "Gym"))).EnsureSuccessStatusCode();
        await Eventually.ValueAsync(
            async () => (await alice.GetFromJsonAsync<PagedResponse<ExpenseResponse>>("/api/v1/expenses?q=Gym"))!.TotalCount,
            count => count >= 1,
            what: "the recurring expense created by the worker");

        var invalid = await alice.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(-5m, "EUR", Today));
        Expect(HttpStatusCode.BadRequest, invalid);
        var validationTrace = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement.GetProperty("traceId").GetString()!;
        Expect(HttpStatusCode.NotFound, await alice.GetAsync($"/api/v1/expenses/{Guid.NewGuid()}"));
        Expect(HttpStatusCode.Unauthorized, await anonymous.GetAsync("/api/v1/categories"));
        var forged = Forge(_secrets[0]);
        _secrets.Add(forged);
        Expect(HttpStatusCode.Unauthorized, await SendAsync(anonymous, HttpMethod.Get, "/api/v1/categories", null, null, forged));

        // A SignalR client sends its token in the query string: the request line must not carry it.
        (await anonymous.PostAsync($"/hubs/notifications/negotiate?negotiateVersion=1&access_token={Uri.EscapeDataString(_secrets[0])}", null)).EnsureSuccessStatusCode();
        (await alice.GetAsync("/api/v1/notifications")).EnsureSuccessStatusCode();

        await ConcurrentReadsAsync(bob);
        await DeadLetterAPoisonedEventAsync(admin);

        await WaitForScrapesAsync();
        await CachedReadsOnBothSidesOfAScrapeAsync(alice, month);
        return new Outcome(_secrets, budgetAlertTrace, cachedReadTrace, validationTrace);
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = deployment.Api.CreateClient();
        _secrets.Add(await client.SignInAsAsync(user));
        return client;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body, ActivityTraceId? trace, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (trace is not { } traceId)
        {
            return await client.SendAsync(request);
        }

        // A caller's span in a trace of the test's choosing: HttpClient sends it as the request's traceparent.
        using var caller = new Activity("traffic").SetParentId(traceId, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start();
        return await client.SendAsync(request);
    }

    private static Task NotificationsAsync(HttpClient client, int count) =>
        Eventually.ValueAsync(
            async () => (await client.GetFromJsonAsync<List<NotificationResponse>>("/api/v1/notifications"))!.Count,
            seen => seen >= count,
            what: $"{count} budget alerts raised by the worker");

    /// <summary>Eight clients at once reading and writing for a moment: latency percentiles with something in them.</summary>
    private static async Task ConcurrentReadsAsync(HttpClient client)
    {
        var month = Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        string[] reads = ["/api/v1/categories", $"/api/v1/reports/monthly?month={month}", "/api/v1/expenses?pageSize=20", "/api/v1/budgets", "/api/v1/me/settings"];
        await Parallel.ForAsync(0, 120, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (index, cancellationToken) =>
        {
            var response = index % 10 == 0
                ? await client.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(1.5m + index, "EUR", Today, Merchant: "Coffee"), cancellationToken)
                : await client.GetAsync(reads[index % reads.Length], cancellationToken);
            response.EnsureSuccessStatusCode();
        });
    }

    /// <summary>An event nobody can read, committed the way a change commits its event: it fails every retry.</summary>
    private async Task DeadLetterAPoisonedEventAsync(HttpClient admin)
    {
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(deployment.DataDirectory, SqliteDatabase.FileName)};Default Timeout=30"))
        {
            await connection.OpenAsync();
            await using var transaction = connection.BeginTransaction(deferred: false);
            await SqliteOutbox.AppendAsync(connection, transaction, new OutboxMessage(Guid.NewGuid(), nameof(ExpenseCreated), "{\"not\":", DateTimeOffset.UtcNow, "poisoned", null));
            await transaction.CommitAsync();
        }

        await Eventually.ValueAsync(
            async () => (await admin.GetFromJsonAsync<List<DeadLettersApi.DeadLetterResponse>>("/api/v1/admin/dead-letters?max=10"))!.Count,
            count => count >= 1,
            what: "the poisoned event in the dead-letter queue");
    }

    /// <summary>Waits until Prometheus has scraped the last effects of the burst.</summary>
    private async Task WaitForScrapesAsync()
    {
        string[] last =
        [
            "expensetracker_consumer_dead_lettered_total",
            "expensetracker_notifications_raised_total",
            "expensetracker_expenses_recorded_total{source=\"recurring\"}",
            "expensetracker_cache_requests_total{result=\"hit\"}",
        ];
        foreach (var selector in last)
        {
            await Eventually.ValueAsync(() => deployment.Prometheus.QueryAsync(selector), series => series.Count > 0, what: $"Prometheus has {selector}");
        }

        // A few more scrapes, so that every counter has two samples after its last change.
        await Task.Delay(TimeSpan.FromSeconds(3));
    }

    /// <summary>
    /// The cache hit ratio panel divides two rates, and a rate needs a counter to move between scrapes: when every read
    /// of the burst fell between the same two scrapes, it reads 0 / 0. More hits once Prometheus has the first ones.
    /// </summary>
    private async Task CachedReadsOnBothSidesOfAScrapeAsync(HttpClient client, string month)
    {
        for (var read = 0; read < 3; read++)
        {
            (await client.GetAsync($"/api/v1/reports/monthly?month={month}")).EnsureSuccessStatusCode();
        }

        await Eventually.ValueAsync(
            () => deployment.Prometheus.QueryAsync("sum(rate(expensetracker_cache_requests_total{result=\"hit\"}[10m])) > 0"),
            series => series.Count > 0,
            what: "a rate of cache hits in Prometheus");
    }

    /// <summary>A counter of the worker's /metrics page, summed over the series whose labels contain <paramref name="labels"/>.</summary>
    private async Task<double> WorkerCounterAsync(string name, string labels)
    {
        using var client = deployment.Worker.CreateClient();
        var page = await client.GetStringAsync("/metrics");
        return page.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) && line.Contains(labels, StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>A token with a signature of someone else's: well formed, and refused.</summary>
    private static string Forge(string token) => token[..token.LastIndexOf('.')] + ".c2lnbmVkLWJ5LXNvbWVvbmUtZWxzZS1lbnRpcmVseQ";

    private static void Expect(HttpStatusCode expected, HttpResponseMessage response)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"Expected {expected}, got {response.StatusCode} for {response.RequestMessage?.RequestUri}.");
        }
    }
}
