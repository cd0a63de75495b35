using ExpenseTracker.Cli;
using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.LocalServers;

namespace ExpenseTracker.Client.Tests.Cli;

public sealed class CliUsageTests(SharedApi api)
{
    [Fact]
    public async Task Help_lists_the_commands()
    {
        using var cli = new CliUser(api);

        var help = (await cli.RunAsync("--help")).AssertSuccess();

        foreach (var command in new[] { "login", "add", "list", "report", "budget", "import", "export" })
        {
            Assert.Contains(command, help.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_command_exits_2()
    {
        using var cli = new CliUser(api);

        var result = await cli.RunAsync("frobnicate");

        result.AssertExit(ExitCodes.InvalidUsage);
        Assert.Contains("Unknown command 'frobnicate'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sort_order_the_list_does_not_know_exits_2()
    {
        using var cli = await CliUser.SignedInAsync(api);

        var result = await cli.RunAsync("list", "--sort", "alphabetical");

        result.AssertExit(ExitCodes.InvalidUsage);
        Assert.Contains("newest, oldest, largest, smallest", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_that_does_not_answer_exits_6()
    {
        using var cli = new CliUser(api);

        var result = await cli.RunAsync("login", "--api", $"http://127.0.0.1:{ClosedPort()}");

        result.AssertExit(ExitCodes.ApiUnavailable);
        Assert.Contains("Cannot reach the API", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_budget_that_does_not_exist_exits_4()
    {
        using var cli = await CliUser.SignedInAsync(api);

        var result = await cli.RunAsync("budget", "remove", "Health");

        result.AssertExit(ExitCodes.NotFound);
        Assert.Contains("(404)", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A loopback port nothing listens on: bound, then released.</summary>
    private static int ClosedPort() => FreePort.Next();
}
