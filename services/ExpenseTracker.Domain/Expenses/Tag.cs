namespace ExpenseTracker.Domain.Expenses;

/// <summary>Tags are free words; they keep the user's spelling, match case-insensitively, and appear once each.</summary>
public static class Tag
{
    public static IReadOnlyList<string> Normalize(IEnumerable<string> tags)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in tags)
        {
            var tag = raw?.Trim();
            if (string.IsNullOrEmpty(tag))
            {
                throw new DomainException("A tag cannot be empty.");
            }

            if (tag.Length > ExpenseLimits.TagMaxLength)
            {
                throw new DomainException($"A tag has at most {ExpenseLimits.TagMaxLength} characters.");
            }

            if (seen.Add(tag))
            {
                result.Add(tag);
            }
        }

        if (result.Count > ExpenseLimits.MaxTags)
        {
            throw new DomainException($"An expense has at most {ExpenseLimits.MaxTags} tags.");
        }

        return result;
    }

    /// <summary>The form a tag is matched by: case folded, culture-independent.</summary>
    public static string Key(string tag) => tag.Trim().ToUpperInvariant();
}
