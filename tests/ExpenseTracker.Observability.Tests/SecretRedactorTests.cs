using ExpenseTracker.ServiceDefaults;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace ExpenseTracker.Observability.Tests;

/// <summary>The redactor every service's logger runs, on events that carry secrets by mistake.</summary>
public sealed class SecretRedactorTests
{
    private const string Jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLW9mLWFsaWNl";

    [Fact]
    public void A_property_named_like_a_secret_is_masked()
    {
        var rendered = Render(logger => logger.Information("Signing in with {Password} and {AccessToken}", "hunter2", "opaque-token-value"));

        Assert.DoesNotContain("hunter2", rendered);
        Assert.DoesNotContain("opaque-token-value", rendered);
        Assert.Contains(SecretRedactor.Redacted, rendered);
    }

    [Fact]
    public void Credentials_inside_texts_and_objects_are_masked()
    {
        var rendered = Render(logger => logger.Warning(
            "Calling {Endpoint} with {Header}; cache {Cache}; {@Settings}",
            "amqp://expensetracker:s3cret-broker@broker:5672/",
            $"Bearer {Jwt}",
            "redis:6379,password=s3cret-redis,ssl=false",
            new { Host = "db", Password = "s3cret-db", Nested = new[] { Jwt } }));

        Assert.DoesNotContain("s3cret", rendered);
        Assert.DoesNotContain(Jwt, rendered);
        Assert.Contains("amqp://expensetracker:***@broker:5672/", rendered);
        Assert.Contains("redis:6379,password=***,ssl=false", rendered);
    }

    [Fact]
    public void Text_without_credentials_is_left_alone()
    {
        var rendered = Render(logger => logger.Information("HTTP {Method} {Path} by {UserId}", "GET", "/api/v1/reports/monthly", "alice@example.com"));

        Assert.Equal("HTTP \"GET\" \"/api/v1/reports/monthly\" by \"alice@example.com\"", rendered);
    }

    private static string Render(Action<ILogger> write)
    {
        var sink = new Collected();
        using (var logger = new LoggerConfiguration().Enrich.With<SecretRedactor>().WriteTo.Sink(sink).CreateLogger())
        {
            write(logger);
        }

        return string.Join('\n', sink.Events.Select(logEvent => logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private sealed class Collected : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
