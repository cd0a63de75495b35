using System.Globalization;

namespace ExpenseTracker.LocalServers.Commands;

public static class PrometheusCommand
{
    public const string Program = "prometheus";

    public static string? Find() => Executables.Find(Program);

    public static ServerCommand Create(string program, string configFile, string dataDirectory, int port) =>
        new(program,
        [
            $"--config.file={configFile}",
            $"--storage.tsdb.path={dataDirectory}",
            $"--web.listen-address=127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            "--log.level=warn",
        ]);
}
