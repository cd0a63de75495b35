using System.Net;
using ExpenseTracker.Client.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Client.Tests.Client;

/// <summary>
/// Requests the test API cannot show: it is served at the root of its address, so what the client does with a base
/// address that has a path is seen on a fake handler.
/// </summary>
public sealed class RequestShapeTests
{
    [Fact]
    public async Task An_api_behind_a_path_prefix_keeps_its_prefix()
    {
        var handler = new RecordingHandler().ThenAnswer(HttpStatusCode.OK, "[]");
        await using var client = ClientScope.Create(
            new Uri("http://gateway.test/tracker/"),
            builder => builder.WithAccessToken(FakeApi.Token).ConfigureHttpClients(http => http.ConfigurePrimaryHttpMessageHandler(() => handler)));

        await client.Api.Budgets.ListAsync();

        Assert.Equal("http://gateway.test/tracker/api/v1/budgets", handler.Single().Uri.ToString());
    }
}
