using System.Globalization;

namespace ExpenseTracker.LocalServers.Commands;

/// <summary>Azurite's blob service alone (<c>npm install -g azurite</c>), quiet, keeping its blobs in a folder.</summary>
public static class AzuriteCommand
{
    public const string Program = "azurite-blob";

    public static string? Find() => Executables.Find(Program);

    public static ServerCommand Create(string program, int port, string dataDirectory) =>
        new(program,
        [
            "--blobHost", "127.0.0.1", "--blobPort", port.ToString(CultureInfo.InvariantCulture), "--location", dataDirectory,
            "--silent", "--skipApiVersionCheck", "--disableTelemetry",
        ]);
}
