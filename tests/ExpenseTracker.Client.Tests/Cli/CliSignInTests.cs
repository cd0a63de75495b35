using System.Text.Json;
using ExpenseTracker.Cli;
using ExpenseTracker.Client.Tests.Infrastructure;

namespace ExpenseTracker.Client.Tests.Cli;

public sealed class CliSignInTests(SharedApi api)
{
    [Fact]
    public async Task Login_keeps_the_sign_in_readable_by_its_owner_only_and_later_commands_use_it()
    {
        using var cli = new CliUser(api);

        var login = await cli.RunAsync("login", "--user", UserNames.New("alice"));
        var list = await cli.RunAsync("list");

        login.AssertSuccess();
        Assert.Contains("Signed in to", login.Out, StringComparison.Ordinal);
        Assert.Contains(cli.LoginPath, login.Out, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cli.LoginPath));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(cli.ConfigDirectory));
        }

        list.AssertSuccess();
        Assert.Contains("No expenses match.", list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_as_json_says_who_where_and_until_when()
    {
        using var cli = new CliUser(api);
        var user = UserNames.New("bob");

        var login = (await cli.RunAsync("login", "--user", user, "--json")).AssertSuccess();

        using var summary = JsonDocument.Parse(login.Out);
        Assert.Equal(api.Address.ToString(), summary.RootElement.GetProperty("apiUrl").GetString());
        Assert.Equal(user, summary.RootElement.GetProperty("user").GetString());
        Assert.Equal("local", summary.RootElement.GetProperty("mode").GetString());
        Assert.True(summary.RootElement.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(50));
    }

    [Fact]
    public async Task Without_a_sign_in_commands_exit_3_and_say_how_to_sign_in()
    {
        using var cli = new CliUser(api);

        var list = await cli.RunAsync("list");

        list.AssertExit(ExitCodes.NotSignedIn);
        Assert.Contains("expense login", list.Error, StringComparison.Ordinal);
        Assert.Empty(list.Out);
    }

    [Fact]
    public async Task Logout_forgets_the_sign_in()
    {
        using var cli = await CliUser.SignedInAsync(api);

        (await cli.RunAsync("logout")).AssertSuccess();

        Assert.False(File.Exists(cli.LoginPath));
        (await cli.RunAsync("list")).AssertExit(ExitCodes.NotSignedIn);
    }

    [Fact]
    public async Task An_expired_local_token_is_renewed_for_the_same_user_and_saved()
    {
        using var cli = await CliUser.SignedInAsync(api);
        (await cli.RunAsync("add", "5", "EUR")).AssertSuccess();
        var expired = JsonDocument.Parse(await File.ReadAllTextAsync(cli.LoginPath)).RootElement;
        var expiredLogin = File.ReadAllText(cli.LoginPath)
            .Replace(expired.GetProperty("accessToken").GetString()!, "expired-token", StringComparison.Ordinal)
            .Replace(expired.GetProperty("expiresAt").GetRawText(), "\"2020-01-01T00:00:00+00:00\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(cli.LoginPath, expiredLogin);

        var list = await cli.RunAsync("list", "--json");

        list.AssertSuccess();
        Assert.Contains("\"totalCount\": 1", list.Out, StringComparison.Ordinal);
        var renewed = JsonDocument.Parse(await File.ReadAllTextAsync(cli.LoginPath)).RootElement;
        Assert.NotEqual("expired-token", renewed.GetProperty("accessToken").GetString());
        Assert.True(renewed.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task A_token_the_api_rejects_exits_3_and_asks_to_sign_in_again()
    {
        using var cli = await CliUser.SignedInAsync(api);
        var login = JsonDocument.Parse(await File.ReadAllTextAsync(cli.LoginPath)).RootElement;
        await File.WriteAllTextAsync(cli.LoginPath, File.ReadAllText(cli.LoginPath).Replace(login.GetProperty("accessToken").GetString()!, "forged", StringComparison.Ordinal));

        var list = await cli.RunAsync("list");

        list.AssertExit(ExitCodes.NotSignedIn);
        Assert.Contains("401", list.Error, StringComparison.Ordinal);
        Assert.Contains("expense login", list.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entra_sign_in_without_a_cached_account_exits_3_and_says_how_to_sign_in_again()
    {
        using var cli = new CliUser(api);
        Directory.CreateDirectory(cli.ConfigDirectory);
        await File.WriteAllTextAsync(cli.LoginPath, $$$"""
            {"apiUrl":"{{{api.Address}}}","mode":"entra","user":null,"accessToken":null,"expiresAt":null,
             "entra":{"tenantId":"contoso.onmicrosoft.com","clientId":"11111111-2222-3333-4444-555555555555","scopes":["api://expenses/access_as_user"],"accountId":null}}
            """);

        var list = await cli.RunAsync("list");

        list.AssertExit(ExitCodes.NotSignedIn);
        Assert.Contains("expense login --entra --tenant contoso.onmicrosoft.com --client-id 11111111-2222-3333-4444-555555555555", list.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entra_sign_in_needs_a_tenant_a_client_id_and_a_scope()
    {
        using var cli = new CliUser(api);

        var login = await cli.RunAsync("login", "--entra", "--tenant", "contoso.onmicrosoft.com");

        login.AssertExit(ExitCodes.InvalidUsage);
        Assert.Contains("--client-id", login.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.LoginPath));
    }

    [Fact]
    public async Task A_sign_in_for_another_api_is_not_sent_to_this_one()
    {
        using var cli = await CliUser.SignedInAsync(api);

        var list = await cli.RunAsync("list", "--api", "http://127.0.0.1:9/");

        list.AssertExit(ExitCodes.NotSignedIn);
        Assert.Contains("expense login --api http://127.0.0.1:9/", list.Error, StringComparison.Ordinal);
    }
}
