using System.Net;
using System.Net.Http.Json;
using ExpenseTracker.Api.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Api.Tests;

public sealed class NotificationsTests(SharedApi api)
{
    private static readonly DateOnly ThisMonth = new(Expenses.Today.Year, Expenses.Today.Month, 1);

    private static async Task<List<NotificationResponse>> NotificationsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<NotificationResponse>>("/api/v1/notifications"))!;

    [Fact]
    public async Task Budget_alerts_fire_at_80_and_100_percent_once_each_counting_only_the_budget_currency()
    {
        var client = await api.NewUserClientAsync();
        var food = await client.CategoryAsync("Food");
        (await client.PutAsJsonAsync($"/api/v1/budgets/{food.Id}", new BudgetRequest(100m, "EUR"))).EnsureSuccessStatusCode();

        await client.CreateExpenseAsync(70m, "EUR", ThisMonth, food.Id);
        await client.CreateExpenseAsync(500m, "USD", ThisMonth, food.Id);
        await client.CreateExpenseAsync(9.99m, "EUR", ThisMonth, food.Id);
        await Task.Delay(500);
        Assert.Empty(await NotificationsAsync(client));

        await client.CreateExpenseAsync(0.01m, "EUR", ThisMonth, food.Id);
        var eighty = Assert.Single(await Eventually.ValueAsync(() => NotificationsAsync(client), list => list.Count >= 1));
        Assert.Equal(80, eighty.Threshold);
        Assert.Equal(food.Id, eighty.CategoryId);
        Assert.Equal($"{ThisMonth:yyyy-MM}", eighty.Month);

        await client.CreateExpenseAsync(5m, "EUR", ThisMonth, food.Id);
        await client.CreateExpenseAsync(15m, "EUR", ThisMonth, food.Id);
        var both = await Eventually.ValueAsync(() => NotificationsAsync(client), list => list.Count >= 2);
        await client.CreateExpenseAsync(50m, "EUR", ThisMonth, food.Id);
        await Task.Delay(500);

        var final = await NotificationsAsync(client);
        Assert.Equal([100, 80], final.Select(notification => notification.Threshold));
        Assert.Equal(both, final);
    }

    [Fact]
    public async Task A_notification_is_marked_read_once_and_another_users_id_answers_404()
    {
        var client = await api.NewUserClientAsync();
        var stranger = await api.NewUserClientAsync();
        var travel = await client.CategoryAsync("Travel");
        (await client.PutAsJsonAsync($"/api/v1/budgets/{travel.Id}", new BudgetRequest(10m, "EUR"))).EnsureSuccessStatusCode();
        await client.CreateExpenseAsync(8m, "EUR", ThisMonth, travel.Id);
        var notification = Assert.Single(await Eventually.ValueAsync(() => NotificationsAsync(client), list => list.Count >= 1));
        Assert.Null(notification.ReadAt);

        await (await stranger.PostAsync($"/api/v1/notifications/{notification.Id}/read", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsync($"/api/v1/notifications/{Guid.NewGuid()}/read", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await NotificationsAsync(stranger));

        var read = await (await client.PostAsync($"/api/v1/notifications/{notification.Id}/read", null)).ReadAsync<NotificationResponse>();
        var again = await (await client.PostAsync($"/api/v1/notifications/{notification.Id}/read", null)).ReadAsync<NotificationResponse>();
        Assert.NotNull(read.ReadAt);
        Assert.Equal(read.ReadAt, again.ReadAt);
        Assert.Equal([read], await NotificationsAsync(client));
    }

    [Fact]
    public async Task Dead_letters_are_for_administrators_only() =>
        await (await (await api.NewUserClientAsync()).GetAsync("/api/v1/admin/dead-letters")).AssertProblemAsync(HttpStatusCode.Forbidden);
}
