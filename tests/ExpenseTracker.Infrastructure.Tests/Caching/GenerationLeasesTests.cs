using ExpenseTracker.Infrastructure.Caching;
using Microsoft.Extensions.Time.Testing;

namespace ExpenseTracker.Infrastructure.Tests.Caching;

/// <summary>How long a replica trusts a view generation it read, and how long a change waits before it is acknowledged.</summary>
public sealed class GenerationLeasesTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void A_generation_is_trusted_for_the_lease_counted_from_when_it_was_asked_for()
    {
        var leases = new GenerationLeases(_clock);
        var askedAt = leases.AskingNow();
        _clock.Advance(TimeSpan.FromMilliseconds(3));

        leases.Keep("alice", 7, askedAt);

        Assert.True(leases.TryGet("alice", out var generation, out _));
        Assert.Equal(7, generation);
        _clock.Advance(GenerationLeases.Lease - TimeSpan.FromMilliseconds(3));
        Assert.False(leases.TryGet("alice", out _, out _));
        Assert.False(leases.TryGet("bob", out _, out _));
    }

    [Fact]
    public void An_answer_to_an_older_question_does_not_replace_a_newer_one()
    {
        var leases = new GenerationLeases(_clock);
        var older = leases.AskingNow();
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var newer = leases.AskingNow();

        leases.Keep("alice", 8, newer);
        leases.Keep("alice", 7, older);

        Assert.True(leases.TryGet("alice", out var generation, out _));
        Assert.Equal(8, generation);
    }

    [Fact]
    public void Past_half_its_lease_one_reader_is_told_to_renew_it_and_the_others_keep_reading()
    {
        var leases = new GenerationLeases(_clock);
        leases.Keep("alice", 7, leases.AskingNow());

        Assert.True(leases.TryGet("alice", out _, out var renewEarly));
        _clock.Advance(GenerationLeases.Lease / 2);
        Assert.True(leases.TryGet("alice", out _, out var renewFirst));
        Assert.True(leases.TryGet("alice", out var generation, out var renewSecond));

        Assert.False(renewEarly);
        Assert.True(renewFirst);
        Assert.False(renewSecond);
        Assert.Equal(7, generation);
        leases.Keep("alice", 8, leases.AskingNow());
        Assert.True(leases.TryGet("alice", out generation, out var renewFresh));
        Assert.Equal(8, generation);
        Assert.False(renewFresh);
    }

    [Fact]
    public void A_read_whose_lease_lapsed_waits_for_an_ask_on_its_way_only_if_it_went_out_within_a_lease()
    {
        var leases = new GenerationLeases(_clock);
        var answer = new TaskCompletionSource<long?>();
        leases.Asked("alice", answer.Task, leases.AskingNow());

        _clock.Advance(GenerationLeases.Lease - TimeSpan.FromMilliseconds(1));
        Assert.True(leases.TryJoin("alice", out var joined));
        Assert.Same(answer.Task, joined);
        Assert.False(leases.TryJoin("bob", out _));

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(leases.TryJoin("alice", out _), "an ask that went out a lease ago or more can predate a change already acknowledged");
    }

    [Fact]
    public void A_newer_ask_is_the_one_joined_and_a_change_leaves_none_to_join()
    {
        var leases = new GenerationLeases(_clock);
        var older = new TaskCompletionSource<long?>();
        var newer = new TaskCompletionSource<long?>();
        var olderAskedAt = leases.AskingNow();
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        leases.Asked("alice", newer.Task, leases.AskingNow());
        leases.Asked("alice", older.Task, olderAskedAt);

        Assert.True(leases.TryJoin("alice", out var joined));
        Assert.Same(newer.Task, joined);
        _ = leases.OutlastAsync("alice");
        Assert.False(leases.TryJoin("alice", out _));
    }

    [Fact]
    public async Task A_change_is_acknowledged_only_once_every_lease_on_an_older_value_has_run_out()
    {
        var leases = new GenerationLeases(_clock);
        leases.Keep("alice", 7, leases.AskingNow());

        var change = leases.OutlastAsync("alice");

        Assert.False(leases.TryGet("alice", out _, out _));
        _clock.Advance(GenerationLeases.Lease);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(change.IsCompleted, "acknowledged while a lease taken before the change could still be trusted");
        _clock.Advance(GenerationLeases.Margin);
        await change.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}
