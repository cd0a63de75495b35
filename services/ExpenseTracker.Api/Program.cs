using ExpenseTracker.Api;
using ExpenseTracker.Api.Endpoints;
using ExpenseTracker.Api.Notifications;
using ExpenseTracker.Api.WebApp;
using ExpenseTracker.Application;
using ExpenseTracker.Infrastructure;
using ExpenseTracker.Infrastructure.Messaging;
using ExpenseTracker.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddInfrastructure();
builder.AddMessaging(HostRole.Api);
builder.Services.AddApplication();
builder.AddApiServices();
builder.AddNotificationHub();

var app = builder.Build();

app.UseApiPipeline();
app.MapDefaultEndpoints();
app.MapApiDocumentation();
app.MapExpenseTrackerApi();
app.MapNotificationHub();
app.UseWebApp();

app.Run();

/// <summary>The API's entry point; public so that tests can host it.</summary>
public partial class Program;
