using ExpenseTracker.Application;
using ExpenseTracker.Infrastructure;
using ExpenseTracker.Infrastructure.Messaging;
using ExpenseTracker.ServiceDefaults;

// The worker runs the application's background work (event consumers and scheduled jobs) beside the API. It serves
// no API, only its health and metrics endpoints, so an orchestrator can watch it and Prometheus can scrape it.
// Without ConnectionStrings:messaging (standalone) that work runs in the API instead, and the worker stays idle.
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddInfrastructure();
builder.Services.AddApplication();
builder.AddMessaging(HostRole.Worker);

var app = builder.Build();

app.UseRequestLogging();
app.MapDefaultEndpoints();

app.Run();

/// <summary>The worker's entry point; public so that tests can host it.</summary>
public partial class Program;
