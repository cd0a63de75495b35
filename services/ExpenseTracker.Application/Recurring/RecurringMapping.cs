using ExpenseTracker.Contracts;
using ExpenseTracker.Domain.Recurring;

namespace ExpenseTracker.Application.Recurring;

public static class RecurringMapping
{
    public static RecurringResponse ToResponse(this RecurringRule rule) => new(
        rule.Id,
        rule.Template.Amount.Amount,
        rule.Template.Currency.Code,
        FrequencyName(rule.Schedule.Frequency),
        rule.Schedule.Interval,
        rule.Schedule.StartDate,
        rule.Schedule.EndDate,
        rule.NextOccurrence,
        rule.Template.CategoryId,
        rule.Template.Merchant,
        rule.Template.Note,
        rule.Template.Tags,
        rule.Template.PaymentMethod);

    public static string FrequencyName(Frequency frequency) => frequency.ToString().ToLowerInvariant();

    public static bool TryParseFrequency(string? text, out Frequency frequency)
    {
        frequency = default;
        return text?.Trim().ToLowerInvariant() switch
        {
            "weekly" => Set(Frequency.Weekly, out frequency),
            "monthly" => Set(Frequency.Monthly, out frequency),
            "yearly" => Set(Frequency.Yearly, out frequency),
            _ => false,
        };
    }

    private static bool Set(Frequency value, out Frequency frequency)
    {
        frequency = value;
        return true;
    }
}
