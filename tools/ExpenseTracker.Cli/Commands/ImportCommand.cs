using System.ComponentModel;
using System.Globalization;
using ExpenseTracker.Cli.Connection;
using ExpenseTracker.Cli.Output;
using ExpenseTracker.Client;
using ExpenseTracker.Client.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ExpenseTracker.Cli.Commands;

public sealed class ImportSettings : JsonCommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("A CSV file with the columns date,amount,currency,category,merchant,note,tags")]
    public string File { get; set; } = string.Empty;

    public override ValidationResult Validate() =>
        System.IO.File.Exists(File) ? ValidationResult.Success() : ValidationResult.Error($"There is no file '{File}'.");
}

/// <summary>
/// <c>expense import FILE</c>: streams a CSV file to the API (one request, up to 50 MiB) with a progress bar, then says
/// what was imported, skipped as a duplicate, or refused. Refused rows make the exit code 7.
/// </summary>
public sealed class ImportCommand(ApiConnector connector, Terminal terminal) : AsyncCommand<ImportSettings>
{
    /// <summary>Refused rows listed in full; the rest are counted.</summary>
    public const int ErrorsShown = 50;

    public override async Task<int> ExecuteAsync(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = connector.ConnectSignedIn(settings);
        var label = $"Importing {Path.GetFileName(settings.File)}";
        var result = settings.Json
            ? await ImportAsync(connection, settings.File, bytesSent: null, cancellationToken)
            : await UploadProgress.RunAsync(terminal, label, new FileInfo(settings.File).Length,
                progress => ImportAsync(connection, settings.File, progress, cancellationToken));

        if (settings.Json)
        {
            terminal.WriteJson(result, ExpenseTrackerJsonContext.Default.ImportResponse);
        }
        else
        {
            terminal.WriteLine(
                $"Imported {Counted(result.Imported, "expense")}; {Counted(result.Duplicates, "duplicate")} skipped; {Counted(result.Errors.Count, "row")} refused.");
            if (result.Errors.Count > 0)
            {
                var table = new Table().AddColumn(new TableColumn("Line").RightAligned()).AddColumn("Why it was refused");
                foreach (var error in result.Errors.Take(ErrorsShown))
                {
                    table.AddRow(Cells.Right(error.Line.ToString(CultureInfo.InvariantCulture)), Cells.Text(error.Message));
                }

                terminal.Out.Write(table);
                if (result.Errors.Count > ErrorsShown)
                {
                    terminal.WriteLine($"... and {result.Errors.Count - ErrorsShown} more (use --json to see them all).");
                }
            }
        }

        return result.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.ImportHadErrors;
    }

    private static string Counted(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}");

    private static async Task<Contracts.ImportResponse> ImportAsync(ApiConnection connection, string file, IProgress<long>? bytesSent, CancellationToken cancellationToken)
    {
        using var csv = CsvUploadContent.FromFile(file, bytesSent);
        return await connection.Api.ImportExport.ImportAsync(csv, cancellationToken);
    }
}
