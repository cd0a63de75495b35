using System.Net;
using ExpenseTracker.Client;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ExpenseTracker.Cli;

/// <summary>Says what went wrong in words a person can act on, and picks the exit code a script can test.</summary>
internal sealed class ErrorReporter(Output.Terminal terminal)
{
    public int Report(Exception exception)
    {
        // What the token provider throws while a request is being sent reaches us wrapped by Refit.
        if (exception is ApiRequestException { InnerException: NotSignedInException or UsageException or ExpenseTrackerApiException } wrapped)
        {
            exception = wrapped.InnerException!;
        }

        switch (exception)
        {
            case CommandAppException usage:
                if (usage.Pretty is { } pretty)
                {
                    terminal.Error.Write(pretty);
                }
                else
                {
                    Say($"Error: {usage.Message}");
                }

                Say("Run `expense --help` for the commands and their options.");
                return ExitCodes.InvalidUsage;
            case UsageException usage:
                Say($"Error: {usage.Message}");
                return ExitCodes.InvalidUsage;
            case NotSignedInException notSignedIn:
                Say(notSignedIn.Message);
                return ExitCodes.NotSignedIn;
            case ExpenseTrackerApiException refused:
                return ReportRefusal(refused);
            case ApiRequestException { InnerException: OperationCanceledException } or OperationCanceledException:
                Say("Cancelled.");
                return ExitCodes.Cancelled;
            case ApiRequestException unreachable:
                Say($"Cannot reach the API at {unreachable.Uri?.GetLeftPart(UriPartial.Authority)}: {Describe(unreachable.InnerException ?? unreachable)}");
                return ExitCodes.ApiUnavailable;
            case HttpRequestException or TimeoutRejectedException or BrokenCircuitException:
                Say($"Cannot reach the API: {Describe(exception)}");
                return ExitCodes.ApiUnavailable;
            case IOException or UnauthorizedAccessException:
                Say($"Error: {exception.Message}");
                return ExitCodes.UnexpectedError;
            default:
                Say($"Unexpected error: {exception}");
                return ExitCodes.UnexpectedError;
        }
    }

    private int ReportRefusal(ExpenseTrackerApiException refused)
    {
        var what = refused.Detail is { Length: > 0 } detail && detail != refused.Title ? $"{refused.Title} {detail}" : refused.Title;
        Say($"The API refused: {what} ({refused.Status})");
        foreach (var (field, messages) in refused.FieldErrors)
        {
            foreach (var message in messages)
            {
                Say($"  {field}: {message}");
            }
        }

        if (refused.StatusCode == HttpStatusCode.Unauthorized)
        {
            Say("Your sign-in was not accepted: run `expense login` again.");
        }

        if (refused.RetryAfter is { } wait)
        {
            Say($"Try again in {Math.Ceiling(wait.TotalSeconds)} s.");
        }

        if (refused.TraceId is { } traceId && refused.Status >= 500)
        {
            Say($"Trace id (quote it in a bug report): {traceId}");
        }

        return refused.Status switch
        {
            401 => ExitCodes.NotSignedIn,
            404 => ExitCodes.NotFound,
            429 or >= 500 => ExitCodes.ApiUnavailable,
            _ => ExitCodes.Rejected,
        };
    }

    private static string Describe(Exception exception) => exception switch
    {
        TimeoutRejectedException => "it did not answer in time.",
        BrokenCircuitException => "it failed too often just now; try again in a moment.",
        HttpRequestException { InnerException: { } inner } => inner.Message,
        _ => exception.Message,
    };

    private void Say(string line) => terminal.WriteErrorLine(line);
}
