using System.Globalization;

namespace ExpenseTracker.AppHost.Publishing;

/// <summary>
/// Turns the values of the application model (text, parameters, endpoint references, connection strings, reference
/// expressions) into compose text: services reach each other by service name on their container ports, parameters
/// become <c>${VARIABLE}</c> read from the .env file, and a literal <c>$</c> is doubled so that compose leaves it alone.
/// </summary>
internal sealed class ComposeValueResolver(ComposeParameters parameters)
{
    /// <summary>The port a .NET project listens on inside its container (the ASP.NET image's default).</summary>
    public const int ProjectContainerPort = 8080;

    public async Task<string> ResolveAsync(object? value, CancellationToken cancellationToken) => value switch
    {
        null => string.Empty,
        string text => Escape(text),
        ParameterResource parameter => parameters.Reference(parameter),
        ConnectionStringReference reference => await ResolveAsync(reference.ConnectionStringExpression, cancellationToken),
        IResourceWithConnectionString resource => await ResolveAsync(resource.ConnectionStringExpression, cancellationToken),
        ReferenceExpression expression => await ResolveExpressionAsync(expression, cancellationToken),
        EndpointReference endpoint => Endpoint(endpoint, EndpointProperty.Url),
        EndpointReferenceExpression property => Endpoint(property.Endpoint, property.Property),
        _ => throw new NotSupportedException($"The compose publisher cannot express a {value.GetType().Name}"),
    };

    public static string Escape(string literal) => literal.Replace("$", "$$", StringComparison.Ordinal);

    /// <summary>The port a service listens on inside its container.</summary>
    public static int ContainerPort(EndpointAnnotation endpoint, IResource owner) =>
        endpoint.TargetPort ?? (owner is ProjectResource ? ProjectContainerPort : endpoint.Port)
        ?? throw new InvalidOperationException($"Endpoint '{endpoint.Name}' of '{owner.Name}' has no port for compose");

    private async Task<string> ResolveExpressionAsync(ReferenceExpression expression, CancellationToken cancellationToken)
    {
        if (expression.IsConditional)
        {
            var condition = await ResolveAsync(expression.Condition, cancellationToken);
            var branch = string.Equals(condition, expression.MatchValue, StringComparison.OrdinalIgnoreCase) ? expression.WhenTrue : expression.WhenFalse;
            return await ResolveAsync(branch, cancellationToken);
        }

        var values = new object[expression.ValueProviders.Count];
        for (var index = 0; index < values.Length; index++)
        {
            values[index] = await ResolveAsync(expression.ValueProviders[index], cancellationToken);
        }

        // The format's literal text is escaped; the values were escaped as they were resolved.
        return string.Format(CultureInfo.InvariantCulture, Escape(expression.Format), values);
    }

    private static string Endpoint(EndpointReference reference, EndpointProperty property)
    {
        var endpoint = reference.EndpointAnnotation;
        var host = reference.Resource.Name;
        var port = ContainerPort(endpoint, reference.Resource).ToString(CultureInfo.InvariantCulture);
        return property switch
        {
            EndpointProperty.Url => $"{endpoint.UriScheme}://{host}:{port}",
            EndpointProperty.Host or EndpointProperty.IPV4Host => host,
            EndpointProperty.Port or EndpointProperty.TargetPort => port,
            EndpointProperty.HostAndPort => $"{host}:{port}",
            EndpointProperty.Scheme => endpoint.UriScheme,
            EndpointProperty.TlsEnabled => endpoint.TlsEnabled ? bool.TrueString : bool.FalseString,
            _ => throw new NotSupportedException($"The compose publisher cannot express endpoint property {property}"),
        };
    }
}
