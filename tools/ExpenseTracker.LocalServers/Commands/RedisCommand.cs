using System.Globalization;

namespace ExpenseTracker.LocalServers.Commands;

public static class RedisCommand
{
    public const string Program = "redis-server";

    public static string? Find() => Executables.Find(Program);

    /// <param name="durable">With the append-only file, an acknowledged write survives a restart; without, nothing is kept.</param>
    public static ServerCommand Create(string program, int port, string directory, bool durable, string? password = null)
    {
        List<string> arguments =
        [
            "--bind", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--dir", directory,
            "--save", string.Empty, "--appendonly", durable ? "yes" : "no",
        ];
        if (password is not null)
        {
            arguments.AddRange(["--requirepass", password]);
        }

        return new ServerCommand(program, arguments);
    }
}
