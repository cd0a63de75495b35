namespace ExpenseTracker.Cli;

/// <summary>What the command line runs against: where it writes, where it keeps its sign-in, which API it calls by default.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, string ConfigDirectory)
{
    public const string ApiUrlVariable = "EXPENSE_API_URL";
    public const string ConfigDirectoryVariable = "EXPENSE_CONFIG_DIR";

    /// <summary>Where an API started with <c>dotnet run</c> listens.</summary>
    public static readonly Uri DefaultApiUrl = new("http://localhost:5080");

    /// <summary>The API to call when neither <c>--api</c> nor a sign-in names one.</summary>
    public Uri? ApiUrl { get; init; }

    /// <summary>Whether standard output is a terminal a person reads (colors), rather than a file or a pipe.</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>Whether standard error is a terminal a person watches: live progress bars instead of plain lines.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Columns of the terminal, when known (tables wrap to it).</summary>
    public int? Width { get; init; }

    public static CliEnvironment FromProcess()
    {
        var configured = Environment.GetEnvironmentVariable(ConfigDirectoryVariable);
        var apiUrl = Environment.GetEnvironmentVariable(ApiUrlVariable);
        return new CliEnvironment(Console.Out, Console.Error, string.IsNullOrWhiteSpace(configured) ? DefaultConfigDirectory() : configured)
        {
            ApiUrl = Uri.TryCreate(apiUrl, UriKind.Absolute, out var url) ? url : null,
            OutIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
        };
    }

    /// <summary><c>~/.config/expense</c> on Linux, <c>%APPDATA%\expense</c> on Windows.</summary>
    public static string DefaultConfigDirectory() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "expense");
}
