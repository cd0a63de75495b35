using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ExpenseTracker.Cli;
using ExpenseTracker.LocalServers;

namespace ExpenseTracker.Client.Tests.Infrastructure;

/// <summary>
/// Someone using the <c>expense</c> command line, run in-process against the test API, with a config folder of their
/// own (their sign-in lives there) and standard output and error captured.
/// </summary>
public sealed class CliUser(ApiHost api) : IDisposable
{
    private readonly TempDirectory _home = new("cli");

    /// <summary>Not created yet: the command line creates it, with its own permissions, as on a first run.</summary>
    public string ConfigDirectory => _home.Combine("config");

    public string LoginPath => Path.Combine(ConfigDirectory, "login.json");

    public static async Task<CliUser> SignedInAsync(ApiHost api)
    {
        var user = new CliUser(api);
        (await user.RunAsync("login", "--user", UserNames.New("cli"))).AssertSuccess();
        return user;
    }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(environment => environment, args);

    /// <summary>Runs with the environment <paramref name="adjust"/> makes (a terminal on standard error, say).</summary>
    public async Task<CliResult> RunAsync(Func<CliEnvironment, CliEnvironment> adjust, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = adjust(new CliEnvironment(output, error, ConfigDirectory) { ApiUrl = api.Address, Width = 200 });
        var exitCode = await ExpenseCli.RunAsync(args, environment, TestContext.Current.CancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => _home.Dispose();
}

public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public CliResult AssertSuccess() => AssertExit(ExitCodes.Success);

    public CliResult AssertExit(int expected)
    {
        Assert.True(ExitCode == expected, $"Expected exit code {expected} but got {ExitCode}.\nstdout:\n{Out}\nstderr:\n{Error}");
        return this;
    }

    public T Json<T>(JsonTypeInfo<T> type) => JsonSerializer.Deserialize(Out, type)!;
}
