using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Domain.Recurring;

/// <summary>An expense that comes back on a schedule, such as rent or a subscription.</summary>
public sealed class RecurringRule
{
    private RecurringRule(Guid id, string userId, ExpenseDetails template, Schedule schedule, long occurrencesCreated, long version)
    {
        Id = id;
        UserId = userId;
        Template = template;
        Schedule = schedule;
        OccurrencesCreated = occurrencesCreated;
        Version = version;
    }

    public Guid Id { get; }

    public string UserId { get; }

    public ExpenseDetails Template { get; private set; }

    public Schedule Schedule { get; private set; }

    /// <summary>How many occurrences have been turned into expenses; the next one has this index.</summary>
    public long OccurrencesCreated { get; private set; }

    public long Version { get; private set; }

    public DateOnly? NextOccurrence => Schedule.Occurrence(OccurrencesCreated);

    public static RecurringRule Create(string userId, ExpenseDetails template, Schedule schedule, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), userId, template, schedule, 0, 1);

    public static RecurringRule Restore(Guid id, string userId, ExpenseDetails template, Schedule schedule, long occurrencesCreated, long version) =>
        new(id, userId, template, schedule, occurrencesCreated, version);

    /// <summary>
    /// Changes the template and schedule. When the start date moves, counting starts again from it; occurrences already
    /// created stay, and none is created twice for a date already passed.
    /// </summary>
    public void Replace(ExpenseDetails template, Schedule schedule, DateOnly today)
    {
        var startMoved = schedule.StartDate != Schedule.StartDate || schedule.Frequency != Schedule.Frequency || schedule.Interval != Schedule.Interval;
        Template = template;
        Schedule = schedule;
        if (startMoved)
        {
            OccurrencesCreated = 0;
            while (Schedule.Occurrence(OccurrencesCreated) is { } next && next <= today)
            {
                OccurrencesCreated++;
            }
        }

        Version++;
    }

    public void MoveToCategory(Guid? categoryId)
    {
        Template = Template with { CategoryId = categoryId };
        Version++;
    }

    /// <summary>The occurrences due on or before <paramref name="today"/> that have no expense yet, oldest first.</summary>
    public IEnumerable<(long Index, DateOnly Date)> DueOccurrences(DateOnly today)
    {
        for (var index = OccurrencesCreated; Schedule.Occurrence(index) is { } date && date <= today; index++)
        {
            yield return (index, date);
        }
    }

    /// <summary>Records that the occurrence with this index now has its expense.</summary>
    public void MarkCreated(long index)
    {
        if (index != OccurrencesCreated)
        {
            throw new DomainException("Occurrences are created in order, once each.");
        }

        OccurrencesCreated++;
        Version++;
    }
}
