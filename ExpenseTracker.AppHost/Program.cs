using ExpenseTracker.AppHost;
using ExpenseTracker.ServiceDefaults;

var builder = DistributedApplication.CreateBuilder(args);

var api = builder.AddProject<Projects.ExpenseTracker_Api>(ResourceNames.Api)
    .WithHttpHealthCheck(Extensions.HealthEndpointPath)
    .WithExternalHttpEndpoints()
    .WithUrlForEndpoint("http", url => url.DisplayText = "API")
    .WithUrl("/api-docs", "API reference");

// The worker shares the API's data folder, so both use the same embedded database when no MongoDB is configured.
builder.AddProject<Projects.ExpenseTracker_Worker>(ResourceNames.Worker)
    .WithHttpHealthCheck(Extensions.HealthEndpointPath)
    .WaitFor(api);

builder.AddWebApp(ResourceNames.Web, api);

builder.AnnounceWhereThingsAre(api);

builder.Build().Run();
