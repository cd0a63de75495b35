using System.Text.Json;
using ExpenseTracker.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ExpenseTracker.Api.Http;

/// <summary>
/// Turns what went wrong into problem details. Bad input (unreadable JSON, a value of the wrong type, a body too
/// large or of the wrong media type, a broken domain rule) is the client's to fix and answers 4xx; anything else is ours.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => InvalidJson(json),
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = TitleFor(bad.StatusCode), Detail = bad.Message },
            DomainException domain => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The request breaks a rule.", Detail = domain.Message },
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (context.RequestAborted.IsCancellationRequested)
            {
                return true;
            }

            LogUnhandled(exception, context.Request.Method, context.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side.",
                Detail = "Nothing you sent was wrong. Try again; if it keeps failing, report the trace id.",
            };
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static HttpValidationProblemDetails InvalidJson(JsonException json)
    {
        var field = FieldOf(json.Path);
        var message = field is null
            ? "The body is not valid JSON."
            : $"The value of '{field}' is not of the expected type or format.";
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field ?? "body"] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body could not be read.",
            Detail = message,
        };
    }

    /// <summary>"$.tags[2]" becomes "tags", "$" becomes null.</summary>
    private static string? FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        return bracket > 0 ? field[..bracket] : field;
    }

    private static string TitleFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body has the wrong media type.",
        _ => "The request could not be understood.",
    };

    [LoggerMessage(LogLevel.Error, "Unhandled error answering {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
