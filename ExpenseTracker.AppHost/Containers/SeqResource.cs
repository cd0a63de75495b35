namespace ExpenseTracker.AppHost.Containers;

/// <summary>Seq, the structured log server; its connection string is the server URL that Serilog's Seq sink reads.</summary>
internal sealed class SeqResource(string name, ParameterResource adminPassword) : ContainerResource(name), IResourceWithConnectionString
{
    public const string HttpEndpointName = "http";
    public const int HttpPort = 80;

    public ParameterResource AdminPassword { get; } = adminPassword;

    public EndpointReference HttpEndpoint => new(this, HttpEndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{HttpEndpoint.Property(EndpointProperty.Url)}");
}
