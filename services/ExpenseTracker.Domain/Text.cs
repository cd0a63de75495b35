namespace ExpenseTracker.Domain;

internal static class Text
{
    /// <summary>Trims free text, turns blank into null, and refuses text longer than the limit.</summary>
    public static string? Clean(string? value, int maxLength, string what)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"The {what} has at most {maxLength} characters.");
    }
}
