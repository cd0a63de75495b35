using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using ExpenseTracker.LocalServers.Commands;

namespace ExpenseTracker.Benchmark.Reporting;

/// <summary>What the numbers were measured on: processor, cores, memory, system, runtime and tool versions.</summary>
internal sealed record MachineInfo(string Processor, int Cores, string Memory, string OperatingSystem, string Runtime, IReadOnlyList<string> Tools)
{
    public static MachineInfo Describe()
    {
        var tools = new[]
            {
                Version("wrk", "wrk", "-v", @"wrk \D*(\d+\.\d+\.\d+)"),
                Version("Redis", "redis-server", "--version", @"v=(\S+)"),
                RabbitMqVersion(),
            }
            .Where(tool => tool is not null)
            .Select(tool => tool!)
            .ToList();
        return new MachineInfo(ProcessorName(), Environment.ProcessorCount, MemorySize(), OperatingSystemName(), RuntimeInformation.FrameworkDescription, tools);
    }

    private static string ProcessorName() =>
        ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal)) is { } line
            ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()
            : RuntimeInformation.ProcessArchitecture.ToString();

    private static string MemorySize()
    {
        var total = ReadLines("/proc/meminfo").FirstOrDefault(line => line.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kilobytes = total is null ? 0 : long.Parse(Regex.Match(total, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        var bytes = kilobytes > 0 ? kilobytes * 1024 : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return $"{bytes / (1024.0 * 1024 * 1024):0.0} GiB";
    }

    private static string OperatingSystemName()
    {
        var pretty = ReadLines("/etc/os-release").FirstOrDefault(line => line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
        var name = pretty is null ? RuntimeInformation.OSDescription : pretty["PRETTY_NAME=".Length..].Trim('"');
        var kernel = ReadLines("/proc/sys/kernel/osrelease").FirstOrDefault() ?? Environment.OSVersion.Version.ToString();
        return $"{name}, kernel {kernel.Trim()}";
    }

    /// <summary>
    /// From the folder the broker is installed in (<c>rabbitmq_server-3.10.8</c>): asking <c>rabbitmqctl version</c>
    /// would start Erlang's port mapper as a daemon that outlives the benchmark.
    /// </summary>
    private static string? RabbitMqVersion()
    {
        var script = new FileInfo(RabbitMqCommand.DebianServerScript);
        var installed = script.Exists ? script.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? script.FullName : null;
        var match = installed is null ? Match.Empty : Regex.Match(installed, @"rabbitmq_server-(\d+\.\d+\.\d+)");
        return match.Success ? $"RabbitMQ {match.Groups[1].Value}" : null;
    }

    private static string? Version(string name, string program, string argument, string pattern)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, argument)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit(10_000);
            var match = Regex.Match(output, pattern, RegexOptions.Multiline);
            return match.Success ? $"{name} {match.Groups[1].Value}" : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}
