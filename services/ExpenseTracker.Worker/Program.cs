using ExpenseTracker.Application;
using ExpenseTracker.Infrastructure;
using ExpenseTracker.Infrastructure.Jobs;
using ExpenseTracker.ServiceDefaults;

// The worker runs the application's background work (event consumers and scheduled jobs) beside the API. It serves
// no API, only its health and metrics endpoints, so an orchestrator can watch it and Prometheus can scrape it.
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddInfrastructure();
builder.Services.AddApplication();
builder.AddArchivalJobs();

var app = builder.Build();

app.MapDefaultEndpoints();

app.Run();
