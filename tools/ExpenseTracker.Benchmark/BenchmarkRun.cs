using ExpenseTracker.Benchmark.Hosting;
using ExpenseTracker.Benchmark.Load;
using ExpenseTracker.Benchmark.Reporting;
using ExpenseTracker.Benchmark.Seeding;
using ExpenseTracker.LocalServers;

namespace ExpenseTracker.Benchmark;

/// <summary>
/// One benchmark run: the API alone (standalone) on a freshly seeded data folder, then, where Redis and RabbitMQ are
/// installed, the API and the worker on the same data with both servers. Everything runs on loopback, in a temporary
/// folder removed at the end (kept when the run fails, for its logs).
/// </summary>
internal sealed class BenchmarkRun(BenchmarkProfile profile, bool standaloneOnly, bool keepFiles, TextWriter log)
{
    public const string Standalone = "standalone: the API alone, SQLite, in-process cache and bus";
    public const string Distributed = "SQLite + Redis + RabbitMQ, API and worker";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (Executables.Find(Wrk.Program) is null)
        {
            throw new BenchmarkException("wrk is not installed (apt-get install wrk).");
        }

        var machine = MachineInfo.Describe();
        var work = Directory.CreateTempSubdirectory("expensetracker-benchmark-").FullName;
        var succeeded = false;
        try
        {
            var data = Path.Combine(work, "data");
            var outbox = new OutboxWatch(Path.Combine(data, "expenses.db"));
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var runs = new List<Measurements>();
            var skipped = new List<string>();

            log.WriteLine($"{DateTime.Now:HH:mm:ss} {Standalone}");
            IReadOnlyList<BenchUser> users;
            string dataFile;
            using (var api = await DotnetHost.StartAsync("API (standalone)", BuildOutputs.ApiAssembly, Path.Combine(work, "api-standalone.log"), ApiSettings(data), cancellationToken))
            using (var client = new BenchmarkApi(api.Address))
            {
                var seeding = await new Seeder(client, profile, log).SeedAsync(today, cancellationToken);
                var published = await outbox.WaitUntilDrainedAsync(TimeSpan.FromMinutes(10), cancellationToken);
                log.WriteLine($"  seeded in {seeding.Elapsed.TotalSeconds:0} s, events published {published.TotalSeconds:0} s later");
                users = await DescribeAsync(client, seeding.Users, cancellationToken);
                dataFile = LoadData.Write(Path.Combine(work, "load-data.lua"), users, Seeder.HistoryStart(today), today, profile);
                var measure = new MeasurementRun(api, client, new Wrk(work, dataFile), outbox, profile, log);
                runs.Add(await measure.MeasureAsync(Standalone, users, today, seeding, published, cancellationToken));
            }

            if (standaloneOnly)
            {
                skipped.Add($"{Distributed}: left out by --standalone-only.");
            }
            else if (!RedisServer.IsInstalled || !RabbitMqServer.IsInstalled)
            {
                skipped.Add($"{Distributed}: redis-server or rabbitmq-server is not installed here.");
            }
            else
            {
                log.WriteLine($"{DateTime.Now:HH:mm:ss} {Distributed}");
                await using var redis = await RedisServer.StartAsync(cancellationToken: cancellationToken);
                await using var rabbit = await RabbitMqServer.StartAsync(cancellationToken: cancellationToken);
                var settings = new Dictionary<string, string>(ApiSettings(data))
                {
                    ["ConnectionStrings__cache"] = redis.ConnectionString,
                    ["ConnectionStrings__messaging"] = rabbit.ConnectionString,
                };
                using var worker = await DotnetHost.StartAsync("worker", BuildOutputs.WorkerAssembly, Path.Combine(work, "worker.log"), settings, cancellationToken);
                using var api = await DotnetHost.StartAsync("API (distributed)", BuildOutputs.ApiAssembly, Path.Combine(work, "api-distributed.log"), settings, cancellationToken);
                using var client = new BenchmarkApi(api.Address);
                var measure = new MeasurementRun(api, client, new Wrk(work, dataFile), outbox, profile, log);
                runs.Add(await measure.MeasureAsync(Distributed, users, today, seeding: null, seedingPublished: null, cancellationToken));
                worker.ThrowIfExited();
            }

            succeeded = true;
            return ResultsReport.Build(machine, profile, BuildOutputs.Configuration, DateTimeOffset.UtcNow, runs, skipped);
        }
        finally
        {
            if (succeeded && !keepFiles)
            {
                Directory.Delete(work, recursive: true);
            }
            else
            {
                log.WriteLine($"The run's files (logs, database, wrk scripts) are kept in {work}");
            }
        }
    }

    /// <summary>The settings both configurations share; see "Settings of the run" in the results.</summary>
    private static Dictionary<string, string> ApiSettings(string data) => new()
    {
        ["Storage__DataDirectory"] = data,
        ["RateLimiting__PermitsPerSecond"] = "1000000",
        ["RateLimiting__Burst"] = "1000000",
        ["Archive__Enabled"] = "false",
    };

    private static async Task<IReadOnlyList<BenchUser>> DescribeAsync(BenchmarkApi client, IReadOnlyList<BenchUser> users, CancellationToken cancellationToken)
    {
        var described = new BenchUser[users.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, users.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (index, token) => described[index] = await client.DescribeAsync(users[index], 20, token));
        return described;
    }
}
