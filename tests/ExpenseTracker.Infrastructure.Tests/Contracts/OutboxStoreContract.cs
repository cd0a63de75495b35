using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Infrastructure.Tests.Adapters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

/// <summary>
/// The outbox as relays see it. Claims cover every user's messages, so this contract runs on a store of its own and
/// leaves nothing pending behind it (each test ends by sending what it wrote).
/// </summary>
public abstract class OutboxStoreContract(StoreUnderTest store) : StoreContract(store)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static readonly (long, DateTimeOffset?) Nothing = (0, null);

    private IOutboxStore Outbox => Store.Port<IOutboxStore>();

    [Fact]
    public async Task Pending_messages_are_claimed_oldest_first_each_once_and_none_after_being_sent()
    {
        var written = await WriteAsync(5);
        var now = Samples.Now;

        var first = await Outbox.ClaimAsync("relay-a", now, Lease, 3, Token);
        var second = await Outbox.ClaimAsync("relay-b", now, Lease, 10, Token);

        Assert.Equal(written.Take(3).Select(message => message.Id), first.Select(message => message.Id));
        Assert.Equal(written.Skip(3).Select(message => message.Id), second.Select(message => message.Id));
        await Outbox.MarkSentAsync([.. first.Concat(second).Select(message => message.Id)], now, Token);
        Assert.Empty(await Outbox.ClaimAsync("relay-c", now + Lease + Lease, Lease, 10, Token));
        Assert.Equal(Nothing, await Outbox.BacklogAsync(Token));
    }

    [Fact]
    public async Task A_claimed_message_reads_back_as_it_was_written()
    {
        var expense = Samples.Expense(UserId, 12.34m, "EUR");
        var message = Samples.Created(expense) with { TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" };
        await Store.Port<IExpenseStore>().AddAsync(expense, message, null, Token);

        var claimed = Assert.Single(await Outbox.ClaimAsync("relay-a", Samples.Now, Lease, 10, Token));

        Assert.Equal(message.Id, claimed.Id);
        Assert.Equal(message.Type, claimed.Type);
        Assert.Equal(message.Payload, claimed.Payload);
        Assert.Equal(message.UserId, claimed.UserId);
        Assert.Equal(message.TraceParent, claimed.TraceParent);
        Assert.Equal(Stored(message.OccurredAt), Stored(claimed.OccurredAt));
        Assert.Equal(expense.Id, Assert.IsType<ExpenseCreated>(claimed.ToEvent()).Expense.ExpenseId);
        await Outbox.MarkSentAsync([claimed.Id], Samples.Now, Token);
    }

    [Fact]
    public async Task A_lease_keeps_other_relays_away_until_it_expires_and_its_holder_may_claim_again()
    {
        var written = await WriteAsync(2);
        var now = Samples.Now;
        var held = await Outbox.ClaimAsync("relay-a", now, Lease, 10, Token);

        Assert.Equal(2, held.Count);
        Assert.Empty(await Outbox.ClaimAsync("relay-b", now + Lease - TimeSpan.FromSeconds(1), Lease, 10, Token));
        Assert.Equal(2, (await Outbox.ClaimAsync("relay-a", now + TimeSpan.FromSeconds(1), Lease, 10, Token)).Count);

        // relay-a renewed its lease at now + 1 s; once that has run out, relay-b takes over (relay-a is presumed dead).
        var takenOver = await Outbox.ClaimAsync("relay-b", now + Lease + TimeSpan.FromSeconds(2), Lease, 10, Token);
        Assert.Equal(written.Select(message => message.Id), takenOver.Select(message => message.Id));
        await Outbox.MarkSentAsync([.. takenOver.Select(message => message.Id)], now, Token);
    }

    [Fact]
    public async Task A_relay_that_releases_its_claims_lets_another_relay_publish_them_at_once()
    {
        var written = await WriteAsync(3);
        var now = Samples.Now;
        var held = await Outbox.ClaimAsync("relay-a", now, Lease, 2, Token);

        await Outbox.MarkSentAsync([held[0].Id], now, Token);
        await Outbox.ReleaseAsync("relay-a", Token);

        var next = await Outbox.ClaimAsync("relay-b", now, Lease, 10, Token);
        Assert.Equal(written.Skip(1).Select(message => message.Id), next.Select(message => message.Id));
        await Outbox.MarkSentAsync([.. next.Select(message => message.Id)], now, Token);
    }

    [Fact]
    public async Task Two_relays_in_two_processes_claiming_at_the_same_time_never_both_get_a_message()
    {
        var written = await WriteAsync(60);
        using var otherProcess = await Store.StartSiblingAsync();
        var now = Samples.Now;

        async Task<List<Guid>> RelayAsync(IOutboxStore outbox, string relay)
        {
            var published = new List<Guid>();
            while (true)
            {
                var batch = await outbox.ClaimAsync(relay, now, Lease, 4, Token);
                if (batch.Count == 0)
                {
                    return published;
                }

                published.AddRange(batch.Select(message => message.Id));
                await outbox.MarkSentAsync([.. batch.Select(message => message.Id)], now, Token);
            }
        }

        var relays = await Task.WhenAll(
            Task.Run(() => RelayAsync(Outbox, "relay-a"), Token),
            Task.Run(() => RelayAsync(otherProcess.Services.GetRequiredService<IOutboxStore>(), "relay-b"), Token));
        await otherProcess.StopAsync(Token);

        Assert.Empty(relays[0].Intersect(relays[1]));
        Assert.Equal(written.Select(message => message.Id).Order(), relays[0].Concat(relays[1]).Order());
    }

    [Fact]
    public async Task The_backlog_counts_unsent_messages_and_dates_the_oldest()
    {
        var written = await WriteAsync(3);

        var (pending, oldest) = await Outbox.BacklogAsync(Token);
        Assert.Equal(3, pending);
        Assert.Equal(Stored(written[0].OccurredAt), Stored(oldest!.Value));

        await Outbox.MarkSentAsync([written[0].Id], Samples.Now, Token);
        (pending, oldest) = await Outbox.BacklogAsync(Token);
        Assert.Equal(2, pending);
        Assert.Equal(Stored(written[1].OccurredAt), Stored(oldest!.Value));

        await Outbox.MarkSentAsync([.. written.Skip(1).Select(message => message.Id)], Samples.Now, Token);
        Assert.Equal(Nothing, await Outbox.BacklogAsync(Token));
    }

    /// <summary>Writes <paramref name="count"/> changes, one after the other; answers their messages in that order.</summary>
    private async Task<List<OutboxMessage>> WriteAsync(int count)
    {
        var messages = new List<OutboxMessage>();
        for (var index = 0; index < count; index++)
        {
            var expense = Samples.Expense(UserId, index + 1);
            var message = Samples.Created(expense);
            await Store.Port<IExpenseStore>().AddAsync(expense, message, null, Token);
            messages.Add(message);
        }

        return messages;
    }
}
