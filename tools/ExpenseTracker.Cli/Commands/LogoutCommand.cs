using ExpenseTracker.Cli.Output;
using ExpenseTracker.Cli.SignIn;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ExpenseTracker.Cli.Commands;

/// <summary><c>expense logout</c>: forgets the saved sign-in and MSAL's token cache.</summary>
public sealed class LogoutCommand(LoginStore logins, Terminal terminal) : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        terminal.WriteLine(logins.Delete() ? "Signed out." : "You were not signed in.");
        return ExitCodes.Success;
    }
}
