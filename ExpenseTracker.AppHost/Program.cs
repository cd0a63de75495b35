using ExpenseTracker.AppHost;
using ExpenseTracker.AppHost.Containers;
using ExpenseTracker.AppHost.Hosting;
using ExpenseTracker.AppHost.LocalProcesses;
using ExpenseTracker.AppHost.Publishing;
using ExpenseTracker.ServiceDefaults;

var builder = DistributedApplication.CreateBuilder(args);

var settings = AppHostSettings.Read(builder.Configuration);
var infra = InfraFiles.Beside(builder);
var mode = HostingMode.Select(builder, settings);
var backing = mode.UseContainers
    ? builder.AddContainerBackingServices(settings, infra)
    : builder.AddLocalProcessBackingServices(settings, infra);

var api = builder.AddProject<Projects.ExpenseTracker_Api>(ResourceNames.Api)
    .WithBackingServices(backing, settings)
    .WithEntraIdParameters()
    .WithPublishedWebApp()
    .WithHttpHealthCheck(Extensions.HealthEndpointPath)
    .WithContainerHealthProbe()
    .WithExternalHttpEndpoints()
    .WithUrlForEndpoint("http", url => url.DisplayText = "API")
    .WithUrl("/api-docs", "API reference");

// The worker shares the API's data folder, so both use the same embedded database when no MongoDB is configured.
var worker = builder.AddProject<Projects.ExpenseTracker_Worker>(ResourceNames.Worker)
    .WithBackingServices(backing, settings)
    .WithHttpHealthCheck(Extensions.HealthEndpointPath)
    .WithContainerHealthProbe()
    .WaitFor(api);

backing.ScrapeTargets?.Scrape(api, worker);

builder.AddWebApp(ResourceNames.Web, api);
builder.AddComposePublishing(infra);
builder.AnnounceBackingServices(mode, backing);
builder.AnnounceWhereThingsAre(api);

builder.Build().Run();
