using ExpenseTracker.Cli.Commands;
using ExpenseTracker.Cli.Connection;
using ExpenseTracker.Cli.Output;
using ExpenseTracker.Cli.SignIn;
using Spectre.Console.Cli;

namespace ExpenseTracker.Cli;

/// <summary>The <c>expense</c> command line: its commands, and what they run against.</summary>
public static class ExpenseCli
{
    /// <summary>Runs one command line and answers its exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var terminal = new Terminal(environment);
        var logins = new LoginStore(environment.ConfigDirectory);
        var errors = new ErrorReporter(terminal);

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("expense");
            config.Settings.Console = terminal.Out;
            config.Settings.Registrar.RegisterInstance(environment);
            config.Settings.Registrar.RegisterInstance(terminal);
            config.Settings.Registrar.RegisterInstance(logins);
            config.Settings.Registrar.RegisterInstance(new ApiConnector(environment, logins));
            config.SetExceptionHandler((exception, _) => errors.Report(exception));

            config.AddCommand<LoginCommand>("login")
                .WithDescription("Sign in: locally through the API's dev token endpoint, or with Microsoft Entra ID (--entra)")
                .WithExample("login", "--user", "alice")
                .WithExample("login", "--api", "https://expenses.example.org", "--entra", "--tenant", "contoso.onmicrosoft.com", "--client-id", "<id>", "--scope", "api://<api-id>/access_as_user");
            config.AddCommand<LogoutCommand>("logout").WithDescription("Forget the saved sign-in");
            config.AddCommand<AddCommand>("add")
                .WithDescription("Record an expense")
                .WithExample("add", "4.20", "EUR", "--merchant", "Bakery", "--category", "Food", "--tag", "breakfast");
            config.AddCommand<ListCommand>("list")
                .WithDescription("List expenses as a table, filtered and paged")
                .WithExample("list", "--from", "2026-11-01", "--category", "Food", "--sort", "largest");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("A month's totals, with a bar per category against its budget")
                .WithExample("report", "2026-11");
            config.AddBranch("budget", budget =>
            {
                budget.SetDescription("Monthly budgets per category");
                budget.AddCommand<BudgetListCommand>("list").WithDescription("List your budgets");
                budget.AddCommand<BudgetSetCommand>("set").WithDescription("Set the monthly budget of a category").WithExample("budget", "set", "Food", "300", "EUR");
                budget.AddCommand<BudgetRemoveCommand>("remove").WithDescription("Remove the budget of a category");
            });
            config.AddCommand<ImportCommand>("import")
                .WithDescription("Import a CSV file (date,amount,currency,category,merchant,note,tags), with a progress bar")
                .WithExample("import", "bank-2026.csv");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Export expenses as CSV, ready to import back")
                .WithExample("export", "--from", "2026-01-01", "--output", "expenses-2026.csv");
        });

        try
        {
            return await app.RunAsync(args, cancellationToken);
        }
        catch (Exception exception)
        {
            return errors.Report(exception);
        }
    }
}
