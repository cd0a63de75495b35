using ExpenseTracker.Benchmark;

using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) =>
{
    // Stop the servers the run started before leaving.
    press.Cancel = true;
    interrupted.Cancel();
};

return await BenchmarkCommand.RunAsync(args, Console.Out, interrupted.Token);
