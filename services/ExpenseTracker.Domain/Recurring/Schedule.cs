namespace ExpenseTracker.Domain.Recurring;

/// <summary>
/// When a recurring expense falls due: every <see cref="Interval"/> weeks, months or years from the start date.
/// Occurrences are counted from the start, so a rule starting on 31 January falls on 28/29 February and again on 31 March.
/// </summary>
public sealed record Schedule
{
    public const int MaxInterval = 100;

    public Schedule(Frequency frequency, int interval, DateOnly startDate, DateOnly? endDate)
    {
        if (!Enum.IsDefined(frequency))
        {
            throw new DomainException("The frequency is weekly, monthly or yearly.");
        }

        if (interval is < 1 or > MaxInterval)
        {
            throw new DomainException($"The interval is a whole number from 1 to {MaxInterval}.");
        }

        if (endDate is not null && endDate < startDate)
        {
            throw new DomainException("The end date cannot be before the start date.");
        }

        Frequency = frequency;
        Interval = interval;
        StartDate = startDate;
        EndDate = endDate;
    }

    public Frequency Frequency { get; }

    public int Interval { get; }

    public DateOnly StartDate { get; }

    public DateOnly? EndDate { get; }

    /// <summary>The date of the occurrence with the given 0-based index, or null when it falls after the end date.</summary>
    public DateOnly? Occurrence(long index)
    {
        var steps = checked((int)(index * Interval));
        var date = Frequency switch
        {
            Frequency.Weekly => StartDate.AddDays(steps * 7),
            Frequency.Monthly => StartDate.AddMonths(steps),
            Frequency.Yearly => StartDate.AddYears(steps),
            _ => throw new InvalidOperationException(),
        };
        return EndDate is null || date <= EndDate ? date : null;
    }
}
