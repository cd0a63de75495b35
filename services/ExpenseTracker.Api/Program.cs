using ExpenseTracker.Api;
using ExpenseTracker.Api.Endpoints;
using ExpenseTracker.Application;
using ExpenseTracker.Infrastructure;
using ExpenseTracker.Infrastructure.Jobs;
using ExpenseTracker.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddInfrastructure();
if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ResourceNames.Messaging)))
{
    // Standalone (no message broker): the API hosts the worker's jobs itself.
    builder.AddArchivalJobs();
}

builder.Services.AddApplication();
builder.AddApiServices();

var app = builder.Build();

app.UseApiPipeline();
app.MapDefaultEndpoints();
app.MapApiDocumentation();
app.MapExpenseTrackerApi();

app.Run();

/// <summary>The API's entry point; public so that tests can host it.</summary>
public partial class Program;
