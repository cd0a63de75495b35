using ExpenseTracker.Contracts;
using ExpenseTracker.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExpenseTracker.Web.Tests;

public sealed class NotificationsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_budget_alert_raised_while_the_app_is_open_arrives_live_as_a_toast_and_can_be_marked_read()
    {
        var (server, browser) = fixture.Require();
        var user = Users.New("nina");
        var page = await browser.OpenAsync(server);
        var hubConnected = HubHandshakeAsync(page);
        await page.SignInAsync(user);
        await page.NavigateAsync("Notifications");
        await Expect(page.GetByText("No notifications.")).ToBeVisibleAsync();
        await hubConnected.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        // Another device of the same user spends past 80 % of the Food budget; the API's in-process worker raises the alert.
        await using (var phone = server.ApiAs(user))
        {
            var food = await phone.Api.CategoryAsync("Food");
            await phone.Api.Budgets.SetAsync(food.Id, new BudgetRequest(100m, "EUR"));
            await phone.Api.CreateExpenseAsync(Expenses.Request(85m, "EUR", categoryId: food.Id, merchant: "Market"));
        }

        var toast = page.GetByTestId("toast").Filter(new() { HasText = "Food budget at 80 %" });
        await Expect(toast).ToBeVisibleAsync();
        await Expect(toast).ToContainTextAsync("85.00");
        await Expect(page.GetByLabel("1 unread")).ToBeVisibleAsync();
        var alert = page.Locator("li.notification").Filter(new() { HasText = "Food budget at 80 %" });
        await Expect(alert).ToBeVisibleAsync();
        await page.ScreenshotAsync("notification-live-toast");

        // The screen marks it read at once; reloading before the server has answered would cancel the request.
        await page.RunAndWaitForResponseAsync(
            () => alert.GetByRole(AriaRole.Button, new() { Name = "Mark as read" }).ClickAsync(),
            response => response.Url.EndsWith("/read", StringComparison.Ordinal) && response.Ok);
        await Expect(page.GetByLabel("1 unread")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(alert).ToBeVisibleAsync();
        await Expect(alert.GetByRole(AriaRole.Button, new() { Name = "Mark as read" })).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Completes when the page's SignalR connection to the notifications hub has had its handshake answered: from then
    /// on, an alert is pushed to it, rather than found by the app's once-a-minute check.
    /// </summary>
    private static Task HubHandshakeAsync(IPage page)
    {
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.WebSocket += (_, socket) =>
        {
            if (socket.Url.Contains("/hubs/notifications", StringComparison.Ordinal))
            {
                socket.FrameReceived += (_, _) => answered.TrySetResult();
            }
        };
        return answered.Task;
    }
}
