using System.ComponentModel;
using Spectre.Console.Cli;

namespace ExpenseTracker.Cli.Commands;

/// <summary>Options every command that calls the API takes.</summary>
public class ApiCommandSettings : CommandSettings
{
    [CommandOption("--api <URL>")]
    [Description("The API to call (default: EXPENSE_API_URL, else the API you signed in to, else http://localhost:5080)")]
    public string? Api { get; set; }
}

/// <summary>Commands whose answer a script may want as JSON.</summary>
public interface IJsonOutputSettings
{
    bool Json { get; }
}

public class JsonCommandSettings : ApiCommandSettings, IJsonOutputSettings
{
    [CommandOption("--json")]
    [Description("Write the API's JSON instead of text, for scripts")]
    public bool Json { get; set; }
}
