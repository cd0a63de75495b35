using ExpenseTracker.Benchmark.Hosting;

namespace ExpenseTracker.Benchmark;

/// <summary>The command line: parses the options, runs the benchmark within its time bound, prints and writes the results.</summary>
internal static class BenchmarkCommand
{
    public const string Usage = """
        Measures the API under load on this machine and writes the results (k6/RESULTS.md).

        dotnet run -c Release --project tools/ExpenseTracker.Benchmark [-- options]

          --quick            tiny data and a second or two per step: checks the harness end to end (~1 minute);
                             its results are printed, and written only with --output
          --output FILE      write the results to FILE instead of k6/RESULTS.md
          --standalone-only  measure the API alone, not also with Redis, RabbitMQ and the worker
          --keep             keep the run's temporary folder (logs, database, wrk scripts)
          --help             this text
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        // Progress lines come from parallel imports.
        output = TextWriter.Synchronized(output);
        var quick = false;
        var standaloneOnly = false;
        var keep = false;
        string? outputFile = null;
        for (var index = 0; index < args.Length; index++)
        {
            switch (args[index])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--standalone-only":
                    standaloneOnly = true;
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--output" when index + 1 < args.Length:
                    outputFile = Path.GetFullPath(args[++index]);
                    break;
                case "--help" or "-h":
                    output.WriteLine(Usage);
                    return 0;
                default:
                    output.WriteLine($"Unknown option {args[index]}.");
                    output.WriteLine(Usage);
                    return 2;
            }
        }

        var profile = quick ? BenchmarkProfile.Quick : BenchmarkProfile.Full;
        outputFile ??= quick ? null : BuildOutputs.ResultsFile;

        // Bounded: a run that goes past this has gone wrong (the full run takes about ten minutes on two cores).
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var limit = quick ? TimeSpan.FromMinutes(5) : TimeSpan.FromMinutes(25);
        bound.CancelAfter(limit);
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            var results = await new BenchmarkRun(profile, standaloneOnly, keep, output).RunAsync(bound.Token);
            output.WriteLine();
            output.WriteLine(results);
            if (outputFile is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(outputFile)!);
                await File.WriteAllTextAsync(outputFile, results, CancellationToken.None);
                output.WriteLine($"Results written to {outputFile}");
            }

            output.WriteLine($"The run took {TimeProvider.System.GetElapsedTime(started).TotalMinutes:0.0} min.");
            return 0;
        }
        catch (BenchmarkException failure)
        {
            output.WriteLine($"The benchmark failed: {failure.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.WriteLine("The benchmark was interrupted; the servers it started are stopped.");
            return 130;
        }
        catch (OperationCanceledException) when (bound.IsCancellationRequested)
        {
            output.WriteLine($"The benchmark failed: it ran past its bound of {limit.TotalMinutes:0} minutes.");
            return 1;
        }
    }
}
