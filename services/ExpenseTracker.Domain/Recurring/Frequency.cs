namespace ExpenseTracker.Domain.Recurring;

public enum Frequency
{
    Weekly,
    Monthly,
    Yearly,
}
