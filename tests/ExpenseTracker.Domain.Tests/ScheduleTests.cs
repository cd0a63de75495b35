using ExpenseTracker.Domain.Currencies;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Recurring;

namespace ExpenseTracker.Domain.Tests;

public sealed class ScheduleTests
{
    [Fact]
    public void Monthly_rules_started_on_the_31st_fall_on_the_last_day_of_short_months()
    {
        var schedule = new Schedule(Frequency.Monthly, 1, new DateOnly(2026, 1, 31), null);

        Assert.Equal(new DateOnly(2026, 2, 28), schedule.Occurrence(1));
        Assert.Equal(new DateOnly(2026, 3, 31), schedule.Occurrence(2));
        Assert.Equal(new DateOnly(2026, 4, 30), schedule.Occurrence(3));
    }

    [Fact]
    public void Weekly_rules_with_an_interval_skip_weeks()
    {
        var schedule = new Schedule(Frequency.Weekly, 2, new DateOnly(2026, 11, 2), null);

        Assert.Equal(new DateOnly(2026, 11, 16), schedule.Occurrence(1));
    }

    [Fact]
    public void No_occurrence_falls_after_the_end_date()
    {
        var schedule = new Schedule(Frequency.Yearly, 1, new DateOnly(2024, 2, 29), new DateOnly(2026, 3, 1));

        Assert.Equal(new DateOnly(2025, 2, 28), schedule.Occurrence(1));
        Assert.Equal(new DateOnly(2026, 2, 28), schedule.Occurrence(2));
        Assert.Null(schedule.Occurrence(3));
    }

    [Fact]
    public void A_rule_lists_each_missed_occurrence_once_after_downtime()
    {
        var rule = RecurringRule.Create(
            "alice",
            new ExpenseDetails(Money.Of(9.99m, Currency.Of("EUR")), null, "Streaming", null, null, null),
            new Schedule(Frequency.Weekly, 1, new DateOnly(2026, 11, 1), null),
            DateTimeOffset.UtcNow);

        var due = rule.DueOccurrences(new DateOnly(2026, 11, 22)).ToList();
        foreach (var (index, _) in due)
        {
            rule.MarkCreated(index);
        }

        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 8), new DateOnly(2026, 11, 15), new DateOnly(2026, 11, 22)], due.Select(d => d.Date));
        Assert.Empty(rule.DueOccurrences(new DateOnly(2026, 11, 22)));
        Assert.Throws<DomainException>(() => rule.MarkCreated(2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Intervals_outside_1_to_100_are_refused(int interval) =>
        Assert.Throws<DomainException>(() => new Schedule(Frequency.Monthly, interval, new DateOnly(2026, 1, 1), null));
}
