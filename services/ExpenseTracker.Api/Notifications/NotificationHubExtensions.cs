using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Notifications;
using ExpenseTracker.Infrastructure.Caching;
using ExpenseTracker.ServiceDefaults;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace ExpenseTracker.Api.Notifications;

public static class NotificationHubExtensions
{
    /// <summary>SignalR for live notifications, with the Redis backplane when <c>ConnectionStrings:cache</c> is set.</summary>
    public static WebApplicationBuilder AddNotificationHub(this WebApplicationBuilder builder)
    {
        var signalR = builder.Services.AddSignalR();
        if (builder.Configuration.HasRedis())
        {
            // A connection of its own: the backplane unsubscribes while the host shuts down, after shared clients are gone.
            signalR.AddStackExchangeRedis(builder.Configuration.GetConnectionString(ResourceNames.Cache)!, options =>
            {
                options.Configuration.ChannelPrefix = RedisChannel.Literal("expensetracker");
                options.Configuration.AbortOnConnectFail = false;
            });
        }

        builder.Services.AddSingleton<IUserIdProvider, UserIdFromClaims>();
        builder.Services.AddSingleton<INotificationPusher, SignalRNotificationPusher>();
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var events = options.Events ?? new JwtBearerEvents();
            var earlier = events.OnMessageReceived;
            events.OnMessageReceived = async context =>
            {
                await earlier(context);
                if (context.Token is null
                    && context.HttpContext.Request.Path.StartsWithSegments(NotificationsHub.Path)
                    && context.Request.Query["access_token"] is { Count: > 0 } token)
                {
                    context.Token = token.ToString();
                }
            };
            options.Events = events;
        });
        return builder;
    }

    public static WebApplication MapNotificationHub(this WebApplication app)
    {
        app.MapHub<NotificationsHub>(NotificationsHub.Path);
        return app;
    }

    private sealed class UserIdFromClaims : IUserIdProvider
    {
        public string? GetUserId(HubConnectionContext connection) => connection.User.FindUserId();
    }
}
