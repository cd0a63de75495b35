using System.Text.RegularExpressions;
using ExpenseTracker.Observability.Tests.Infrastructure;
using ExpenseTracker.ServiceDefaults;

namespace ExpenseTracker.Observability.Tests;

/// <summary>The rolling log files of the API and the worker after the burst of traffic.</summary>
[Collection(ObservedDeployment.Readers.Name)]
public sealed partial class LogTests(ObservedDeployment deployment)
{
    private const string RequestLogger = "Serilog.AspNetCore.RequestLoggingMiddleware";

    private IReadOnlyList<ClefEvent> ApiEvents => ClefEvent.ReadFiles(deployment.LogDirectory, ObservedDeployment.ApiJob);

    private IReadOnlyList<ClefEvent> WorkerEvents => ClefEvent.ReadFiles(deployment.LogDirectory, ObservedDeployment.WorkerJob);

    [Fact]
    public void Each_service_writes_a_daily_file_in_the_data_folder()
    {
        var files = Directory.GetFiles(deployment.LogDirectory).Select(Path.GetFileName).ToList();

        Assert.Contains(files, file => DailyFile().IsMatch(file!) && file!.StartsWith("api-", StringComparison.Ordinal));
        Assert.Contains(files, file => DailyFile().IsMatch(file!) && file!.StartsWith("worker-", StringComparison.Ordinal));
        Assert.All(ApiEvents, log => Assert.Equal("api", log.Text(LogProperties.ServiceName)));
        Assert.All(WorkerEvents, log => Assert.Equal("worker", log.Text(LogProperties.ServiceName)));
    }

    [Fact]
    public void A_request_is_one_line_carrying_its_trace_its_user_and_its_route()
    {
        var trace = deployment.Traffic.CachedReadTrace.ToString();

        var line = Assert.Single(ApiEvents, log => log.TraceId == trace);

        Assert.Equal(RequestLogger, line.Text("SourceContext"));
        Assert.Matches("^[0-9a-f]{16}$", line.SpanId);
        Assert.Equal(TrafficBurst.Alice, line.Text(LogProperties.UserId));
        Assert.Equal("/api/v1/categories", line.Text("RequestPath"));
        Assert.StartsWith("/api/v1/categories", line.Text(LogProperties.Route));
        Assert.Equal(200, line.Json.GetProperty("StatusCode").GetInt32());
    }

    [Fact]
    public async Task A_request_s_line_reaches_the_console_too_with_its_user_and_trace()
    {
        var trace = deployment.Traffic.CachedReadTrace.ToString();

        // The console is written a batch at a time, so the line can trail its request by a moment.
        var lines = await Eventually.ValueAsync(
            () => Task.FromResult(deployment.Api.ConsoleOutput.Split('\n').Where(line => line.Contains(trace, StringComparison.Ordinal)).ToList()),
            found => found.Count > 0,
            what: "the request's line on the API's console");

        var line = Assert.Single(lines);
        Assert.Contains("HTTP GET /api/v1/categories answered 200", line);
        Assert.Contains($"\"{LogProperties.UserId}\":\"{TrafficBurst.Alice}\"", line);
    }

    [Fact]
    public void No_request_is_logged_twice_and_asp_net_core_adds_no_lines_of_its_own()
    {
        var requestLines = ApiEvents.Where(log => log.Text("SourceContext") == RequestLogger).ToList();

        Assert.True(requestLines.Count >= 150, $"the burst's requests are logged ({requestLines.Count} lines)");
        Assert.All(requestLines.GroupBy(log => log.TraceId), trace => Assert.Single(trace));
        Assert.DoesNotContain(ApiEvents, log => log.Text("SourceContext") is "Microsoft.AspNetCore.Hosting.Diagnostics" or "Microsoft.AspNetCore.Routing.EndpointMiddleware");
    }

    [Fact]
    public void The_trace_id_of_a_problem_answer_finds_the_request_s_line()
    {
        var traceParent = deployment.Traffic.ValidationProblemTraceParent.Split('-');

        var line = Assert.Single(ApiEvents, log => log.TraceId == traceParent[1]);

        Assert.Equal(traceParent[2], line.SpanId);
        Assert.Equal(400, line.Json.GetProperty("StatusCode").GetInt32());
    }

    [Fact]
    public void The_worker_logs_an_alert_in_the_trace_of_the_request_that_crossed_the_budget()
    {
        var alert = Assert.Single(WorkerEvents, log => log.Template?.StartsWith("Budget alert raised", StringComparison.Ordinal) == true && log.Json.GetProperty("Threshold").GetInt32() == 80);

        // API request → outbox → relay → RabbitMQ → worker consumer: one trace.
        Assert.Equal(deployment.Traffic.BudgetAlertTrace.ToString(), alert.TraceId);
        Assert.Equal(TrafficBurst.Alice, alert.Text(LogProperties.UserId));
        Assert.Equal("worker", alert.Text(LogProperties.ServiceName));
    }

    [GeneratedRegex(@"^[a-z]+-\d{8}(_\d{3})?\.log$")]
    private static partial Regex DailyFile();
}
