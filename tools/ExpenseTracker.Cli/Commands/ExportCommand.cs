using System.ComponentModel;
using System.Text;
using ExpenseTracker.Cli.Connection;
using ExpenseTracker.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ExpenseTracker.Cli.Commands;

public sealed class ExportSettings : ExpenseFilterSettings
{
    [CommandOption("-o|--output <FILE>")]
    [Description("Write the CSV to this file (default: standard output)")]
    public string? Output { get; set; }
}

/// <summary><c>expense export --output expenses.csv</c>: the selected expenses as CSV, oldest first, ready to import back.</summary>
public sealed class ExportCommand(ApiConnector connector, Terminal terminal) : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = connector.ConnectSignedIn(settings);
        var categories = settings.Category is null ? null : await CategoryDirectory.LoadAsync(connection.Api, cancellationToken);
        await using var csv = await connection.Api.ImportExport.ExportAsync(settings.ToQuery(categories), cancellationToken);

        if (settings.Output is null)
        {
            using var reader = new StreamReader(csv, Encoding.UTF8);
            var buffer = new char[16 * 1024];
            int read;
            while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await terminal.RawOut.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await terminal.RawOut.FlushAsync(cancellationToken);
            return ExitCodes.Success;
        }

        await using (var file = new FileStream(settings.Output, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await csv.CopyToAsync(file, cancellationToken);
        }

        terminal.WriteErrorLine($"Exported to {settings.Output}.");
        return ExitCodes.Success;
    }
}
