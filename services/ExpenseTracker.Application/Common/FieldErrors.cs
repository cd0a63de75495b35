namespace ExpenseTracker.Application.Common;

/// <summary>Collects validation messages per field, named as the JSON names them.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void Merge(string prefix, FieldErrors other)
    {
        foreach (var (field, messages) in other._errors)
        {
            foreach (var message in messages)
            {
                Add($"{prefix}{field}", message);
            }
        }
    }

    public Error ToError() => Error.Validation(_errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray()));
}
