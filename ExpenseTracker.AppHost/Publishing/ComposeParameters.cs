namespace ExpenseTracker.AppHost.Publishing;

/// <summary>
/// The parameters a compose file uses, each read from an environment variable that the .env file sets: secrets are
/// required (compose refuses to start without them), other parameters may be left empty.
/// </summary>
internal sealed class ComposeParameters
{
    private readonly SortedDictionary<string, ParameterResource> _used = new(StringComparer.Ordinal);

    public IReadOnlyCollection<KeyValuePair<string, ParameterResource>> Used => _used;

    public static string VariableName(ParameterResource parameter) =>
        parameter.Name.ToUpperInvariant().Replace('-', '_').Replace('.', '_');

    public string Reference(ParameterResource parameter)
    {
        var variable = VariableName(parameter);
        _used[variable] = parameter;
        return parameter.Secret ? $"${{{variable}:?set {variable} in .env}}" : $"${{{variable}:-}}";
    }

    /// <summary>A variable of the compose file itself (not a model parameter), with a default.</summary>
    public static string Variable(string name, string defaultValue) => $"${{{name}:-{defaultValue}}}";
}
