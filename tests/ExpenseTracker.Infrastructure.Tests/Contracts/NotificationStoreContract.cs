using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Notifications;
using ExpenseTracker.Domain.Notifications;
using ExpenseTracker.Infrastructure.Tests.Adapters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

/// <summary>Notifications, the uniqueness of budget alerts, and the processed-message record that makes the consumer idempotent.</summary>
public abstract class NotificationStoreContract(StoreUnderTest store) : StoreContract(store)
{
    private const string Consumer = "budget-alerts";

    private INotificationStore Notifications => Store.Port<INotificationStore>();

    [Fact]
    public async Task Alerts_are_stored_with_their_messages_and_listed_newest_first_the_higher_threshold_first_on_a_tie()
    {
        var food = Guid.NewGuid();
        var at = Samples.Now;
        var earlier = Samples.Alert(UserId, food, "2026-02", 100, at.AddMinutes(-5));
        var eighty = Samples.Alert(UserId, food, "2026-03", 80, at);
        var hundred = Samples.Alert(UserId, food, "2026-03", 100, at);

        await Notifications.AddOnceAsync(Receipt(), [earlier], Token);
        var added = await Notifications.AddOnceAsync(Receipt(), [eighty, hundred], Token);

        Assert.Equal([eighty.Notification.Id, hundred.Notification.Id], added.Select(notification => notification.Id));
        var listed = await Notifications.ListAsync(UserId, 50, Token);
        Assert.Equal([hundred.Notification.Id, eighty.Notification.Id, earlier.Notification.Id], listed.Select(notification => notification.Id));
        Assert.Equal([hundred.Notification.Id], (await Notifications.ListAsync(UserId, 1, Token)).Select(notification => notification.Id));
        var stored = listed[0];
        Assert.Equal(Notification.BudgetThresholdKind, stored.Kind);
        Assert.Equal(hundred.Notification.Title, stored.Title);
        Assert.Equal(hundred.Notification.Message, stored.Message);
        Assert.Equal(food, stored.CategoryId);
        Assert.Equal("2026-03", stored.Month);
        Assert.Equal(100, stored.Threshold);
        Assert.Equal(Stored(at), Stored(stored.CreatedAt));
        Assert.False(stored.IsRead);
        Assert.Equal(
            new[] { earlier, eighty, hundred }.Select(alert => alert.Message.Id).Order(),
            (await Store.OutboxMessageIdsAsync(UserId)).Order());
        Assert.Empty(await Notifications.ListAsync(StoreUnderTest.NewUserId(), 50, Token));
    }

    [Fact]
    public async Task A_message_handled_again_adds_nothing_even_if_it_would_raise_other_alerts_now()
    {
        var food = Guid.NewGuid();
        var receipt = Receipt();
        await Notifications.AddOnceAsync(receipt, [Samples.Alert(UserId, food, "2026-03", 80)], Token);

        var again = await Notifications.AddOnceAsync(receipt, [Samples.Alert(UserId, food, "2026-03", 100)], Token);

        Assert.Empty(again);
        Assert.Single(await Notifications.ListAsync(UserId, 50, Token));
        Assert.Single(await Store.OutboxMessageIdsAsync(UserId));
    }

    [Fact]
    public async Task The_same_message_for_another_consumer_is_a_different_receipt()
    {
        var messageId = Guid.NewGuid();
        await Notifications.AddOnceAsync(new MessageReceipt(Consumer, messageId), [Samples.Alert(UserId, Guid.NewGuid(), "2026-03", 80)], Token);

        var other = await Notifications.AddOnceAsync(new MessageReceipt("another-consumer", messageId), [Samples.Alert(UserId, Guid.NewGuid(), "2026-03", 80)], Token);

        Assert.Single(other);
    }

    [Fact]
    public async Task A_budget_alert_is_raised_once_per_category_month_and_threshold_whatever_message_raises_it()
    {
        var food = Guid.NewGuid();
        var travel = Guid.NewGuid();
        await Notifications.AddOnceAsync(Receipt(), [Samples.Alert(UserId, food, "2026-03", 80)], Token);

        var added = await Notifications.AddOnceAsync(
            Receipt(),
            [
                Samples.Alert(UserId, food, "2026-03", 80),
                Samples.Alert(UserId, food, "2026-03", 100),
                Samples.Alert(UserId, food, "2026-04", 80),
                Samples.Alert(UserId, travel, "2026-03", 80),
                Samples.Alert(StoreUnderTest.NewUserId(), food, "2026-03", 80),
            ],
            Token);

        Assert.Equal(4, added.Count);
        Assert.Equal(4, (await Notifications.ListAsync(UserId, 50, Token)).Count);
        Assert.Equal(4, (await Store.OutboxMessageIdsAsync(UserId)).Count);
    }

    [Fact]
    public async Task Two_messages_raising_the_same_alert_in_two_processes_at_once_store_it_once()
    {
        using var otherProcess = await Store.StartSiblingAsync();
        var elsewhere = otherProcess.Services.GetRequiredService<INotificationStore>();
        var food = Guid.NewGuid();
        var months = Enumerable.Range(1, 6).Select(month => $"2025-{month:D2}").ToList();

        foreach (var month in months)
        {
            var results = await Task.WhenAll(
                Task.Run(() => Notifications.AddOnceAsync(Receipt(), [Samples.Alert(UserId, food, month, 80)], Token), Token),
                Task.Run(() => elsewhere.AddOnceAsync(Receipt(), [Samples.Alert(UserId, food, month, 80)], Token), Token));
            Assert.Equal(1, results.Sum(added => added.Count));
        }

        await otherProcess.StopAsync(Token);
        Assert.Equal(months.Count, (await Notifications.ListAsync(UserId, 50, Token)).Count);
        Assert.Equal(months.Count, (await Store.OutboxMessageIdsAsync(UserId)).Count);
    }

    [Fact]
    public async Task A_notification_is_marked_read_once_and_only_by_its_user()
    {
        var alert = Samples.Alert(UserId, Guid.NewGuid(), "2026-03", 80);
        await Notifications.AddOnceAsync(Receipt(), [alert], Token);
        var first = Samples.Now;

        var read = await Notifications.MarkReadAsync(UserId, alert.Notification.Id, first, Token);
        var again = await Notifications.MarkReadAsync(UserId, alert.Notification.Id, first.AddHours(1), Token);

        Assert.Equal(Stored(first), Stored(read!.ReadAt!.Value));
        Assert.Equal(Stored(first), Stored(again!.ReadAt!.Value));
        Assert.True((await Notifications.ListAsync(UserId, 50, Token)).Single().IsRead);
        Assert.Null(await Notifications.MarkReadAsync(StoreUnderTest.NewUserId(), alert.Notification.Id, first, Token));
        Assert.Null(await Notifications.MarkReadAsync(UserId, Guid.NewGuid(), first, Token));
    }

    private static MessageReceipt Receipt() => new(Consumer, Guid.NewGuid());
}
