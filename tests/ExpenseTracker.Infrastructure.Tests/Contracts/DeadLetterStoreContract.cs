using ExpenseTracker.Application.Events;
using ExpenseTracker.Infrastructure.Tests.Adapters;

namespace ExpenseTracker.Infrastructure.Tests.Contracts;

/// <summary>The in-process bus's dead letters. The queue is everyone's, so this contract runs on a store of its own and empties it.</summary>
public abstract class DeadLetterStoreContract(StoreUnderTest store) : StoreContract(store)
{
    private IDeadLetterStore DeadLetters => Store.Port<IDeadLetterStore>();

    [Fact]
    public async Task Dead_letters_keep_the_message_and_why_it_failed_and_list_oldest_first()
    {
        var messages = Enumerable.Range(1, 3).Select(amount => Samples.Created(Samples.Expense(UserId, amount)) with { TraceParent = $"00-{Guid.NewGuid():N}-b7ad6b7169203331-01" }).ToList();
        await DeadLetters.AddAsync("budget-alerts", messages[0], 4, "The budget store timed out.", Token);
        await DeadLetters.AddAsync("recurring-rules", messages[1], 1, null, Token);
        await DeadLetters.AddAsync("budget-alerts", messages[2], 4, "Still down.", Token);

        var listed = await DeadLetters.ListAsync(10, Token);

        Assert.Equal(messages.Select(message => message.Id), listed.Select(entry => entry.Letter.MessageId));
        Assert.Equal(messages.Select(message => message.TraceParent), listed.Select(entry => entry.TraceParent));
        var first = listed[0].Letter;
        Assert.Equal("budget-alerts", first.Consumer);
        Assert.Equal(messages[0].Type, first.Type);
        Assert.Equal(messages[0].Payload, first.Payload);
        Assert.Equal(UserId, first.UserId);
        Assert.Equal(Stored(messages[0].OccurredAt), Stored(first.OccurredAt));
        Assert.Equal(4, first.Attempts);
        Assert.Equal("The budget store timed out.", first.Error);
        Assert.Null(listed[1].Letter.Error);
        Assert.Equal(messages.Take(2).Select(message => message.Id), (await DeadLetters.ListAsync(2, Token)).Select(entry => entry.Letter.MessageId));
        await RemoveAllAsync();
    }

    [Fact]
    public async Task A_replayed_dead_letter_is_removed_once_and_the_others_stay()
    {
        var messages = Enumerable.Range(1, 3).Select(amount => Samples.Created(Samples.Expense(UserId, amount))).ToList();
        foreach (var message in messages)
        {
            await DeadLetters.AddAsync("budget-alerts", message, 4, "failed", Token);
        }

        var second = (await DeadLetters.ListAsync(10, Token))[1];

        Assert.True(await DeadLetters.RemoveAsync(second.Key, Token));
        Assert.False(await DeadLetters.RemoveAsync(second.Key, Token));
        Assert.Equal([messages[0].Id, messages[2].Id], (await DeadLetters.ListAsync(10, Token)).Select(entry => entry.Letter.MessageId));
        await RemoveAllAsync();
    }

    [Fact]
    public async Task The_same_message_failing_again_after_a_replay_is_a_new_dead_letter()
    {
        var message = Samples.Created(Samples.Expense(UserId, 1m));
        await DeadLetters.AddAsync("budget-alerts", message, 4, "first failure", Token);
        var first = Assert.Single(await DeadLetters.ListAsync(10, Token));
        await DeadLetters.AddAsync("budget-alerts", message, 4, "second failure", Token);
        await DeadLetters.RemoveAsync(first.Key, Token);

        var left = Assert.Single(await DeadLetters.ListAsync(10, Token));
        Assert.Equal(message.Id, left.Letter.MessageId);
        Assert.Equal("second failure", left.Letter.Error);
        await RemoveAllAsync();
    }

    private async Task RemoveAllAsync()
    {
        foreach (var entry in await DeadLetters.ListAsync(1000, Token))
        {
            await DeadLetters.RemoveAsync(entry.Key, Token);
        }
    }
}
