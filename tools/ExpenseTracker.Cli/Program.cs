namespace ExpenseTracker.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, press) =>
        {
            press.Cancel = true;
            cancellation.Cancel();
        };
        return await ExpenseCli.RunAsync(args, CliEnvironment.FromProcess(), cancellation.Token);
    }
}
