using System.Globalization;
using System.Net;
using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Client.Tests.Client;

public sealed class NotificationsClientTests(SharedApi api)
{
    [Fact]
    public async Task Spending_past_80_percent_of_a_budget_brings_one_alert_that_can_be_marked_read()
    {
        await using var client = ClientScope.SignedIn(api);
        var alert = await BudgetAlertAsync(client.Api);

        var read = await client.Api.Notifications.MarkReadAsync(alert.Id);

        Assert.Equal("budget.threshold", alert.Kind);
        Assert.Equal(80, alert.Threshold);
        Assert.Equal(Expenses.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture), alert.Month);
        Assert.Contains("Food", alert.Title, StringComparison.Ordinal);
        Assert.Null(alert.ReadAt);
        Assert.Equal(alert.Id, read.Id);
        Assert.NotNull(read.ReadAt);
        Assert.NotNull(Assert.Single(await client.Api.Notifications.ListAsync()).ReadAt);
    }

    [Fact]
    public async Task Another_users_notification_answers_404_and_stays_unread()
    {
        await using var alice = ClientScope.SignedIn(api);
        await using var bob = ClientScope.SignedIn(api);
        var alert = await BudgetAlertAsync(alice.Api);

        var refused = await Assert.ThrowsAsync<ExpenseTrackerApiException>(() => bob.Api.Notifications.MarkReadAsync(alert.Id));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Empty(await bob.Api.Notifications.ListAsync());
        Assert.Null(Assert.Single(await alice.Api.Notifications.ListAsync()).ReadAt);
    }

    /// <summary>A Food budget of 100 EUR and 85 EUR spent: the alert the API's in-process worker raises a moment later.</summary>
    private static async Task<NotificationResponse> BudgetAlertAsync(IExpenseTrackerClient api)
    {
        var food = await api.CategoryAsync("Food");
        await api.Budgets.SetAsync(food.Id, new BudgetRequest(100m, "EUR"));
        await api.CreateExpenseAsync(Expenses.Request(85m, categoryId: food.Id, merchant: "Market"));
        var notifications = await Eventually.ValueAsync(() => api.Notifications.ListAsync(), list => list.Count > 0, "the budget alert at 80 %");
        var alert = Assert.Single(notifications);
        Assert.Equal(food.Id, alert.CategoryId);
        return alert;
    }
}
