using System.Text.Json.Serialization.Metadata;
using Spectre.Console;

namespace ExpenseTracker.Cli.Output;

/// <summary>
/// Where commands write. Tables go to <see cref="Out"/>; sentences, <c>--json</c> and CSV are written as they are to
/// <see cref="RawOut"/> (never wrapped to the terminal's width); progress and errors go to standard error, so they
/// never mix with data.
/// </summary>
public sealed class Terminal
{
    private readonly TextWriter _rawError;

    public Terminal(CliEnvironment environment)
    {
        ErrorIsLive = environment.ErrorIsTerminal;
        RawOut = environment.Out;
        _rawError = environment.Error;
        Out = Create(environment.Out, environment.OutIsTerminal, environment);
        Error = Create(environment.Error, environment.ErrorIsTerminal, environment);
    }

    /// <summary>Standard output, for tables.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Standard error, for live progress.</summary>
    public IAnsiConsole Error { get; }

    public TextWriter RawOut { get; }

    /// <summary>Whether a person watches standard error, so progress can be a live bar.</summary>
    public bool ErrorIsLive { get; }

    public void WriteLine(string line) => RawOut.WriteLine(line);

    public void WriteErrorLine(string line) => _rawError.WriteLine(line);

    public void WriteJson<T>(T value, JsonTypeInfo<T> type) => RawOut.WriteLine(CliJson.Serialize(value, type));

    private static IAnsiConsole Create(TextWriter writer, bool isTerminal, CliEnvironment environment)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (environment.Width is { } width)
        {
            console.Profile.Width = width;
        }

        return console;
    }
}
