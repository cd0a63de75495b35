using System.Net.Http.Json;
using System.Threading.Channels;
using ExpenseTracker.Contracts;
using ExpenseTracker.Distributed.Tests.Hosts;
using ExpenseTracker.LocalServers;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExpenseTracker.Distributed.Tests;

/// <summary>Live notifications through the SignalR hub, with the Redis backplane between API processes.</summary>
public sealed class NotificationPushTests(SharedBroker broker)
{
    [Fact]
    public async Task A_budget_alert_is_pushed_to_the_user_connected_to_another_api_process()
    {
        InstalledServers.Require(InstalledServers.Redis);
        await using var redis = await RedisServer.StartAsync();
        var deployment = new Deployment(broker.Server.ConnectionString, redis.ConnectionString);
        await using var first = deployment.StartApi();
        await using var second = deployment.StartApi();
        await using var worker = new WorkerHost(deployment);
        var client = await first.SignedInClientAsync("listener");
        var token = await second.TokenAsync("listener");
        var strangerToken = await second.TokenAsync("stranger");

        var received = Channel.CreateUnbounded<NotificationResponse>();
        var strangerReceived = Channel.CreateUnbounded<NotificationResponse>();
        await using var connection = await ConnectAsync(second, token, received.Writer);
        await using var strangerConnection = await ConnectAsync(second, strangerToken, strangerReceived.Writer);

        var food = (await client.GetFromJsonAsync<List<CategoryResponse>>("/api/v1/categories"))!.Single(category => category.Name == "Food");
        (await client.PutAsJsonAsync($"/api/v1/budgets/{food.Id}", new BudgetRequest(50m, "EUR"))).EnsureSuccessStatusCode();
        var month = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
        (await client.PostAsJsonAsync("/api/v1/expenses", new ExpenseRequest(45m, "EUR", month, food.Id))).EnsureSuccessStatusCode();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var pushed = await received.Reader.ReadAsync(timeout.Token);
        Assert.Equal(80, pushed.Threshold);
        Assert.Equal(food.Id, pushed.CategoryId);
        var stored = Assert.Single((await client.GetFromJsonAsync<List<NotificationResponse>>("/api/v1/notifications"))!);
        Assert.Equal(stored.Id, pushed.Id);
        Assert.False(strangerReceived.Reader.TryRead(out _));
    }

    private static async Task<HubConnection> ConnectAsync(ApiHost api, string token, ChannelWriter<NotificationResponse> writer)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.ClientOptions.BaseAddress, $"/hubs/notifications?access_token={token}"))
            .Build();
        connection.On<NotificationResponse>("notification", notification => writer.TryWrite(notification));
        await connection.StartAsync();
        return connection;
    }
}
