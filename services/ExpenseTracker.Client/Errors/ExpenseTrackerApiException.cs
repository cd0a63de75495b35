using System.Globalization;
using System.Net;
using System.Text;
using Refit;

namespace ExpenseTracker.Client;

/// <summary>
/// The API refused a call and said why in RFC 9457 problem details: <see cref="Status"/>, <see cref="Title"/>,
/// <see cref="Detail"/>, per-field <see cref="FieldErrors"/> (400) and the <see cref="TraceId"/> to quote in a bug report.
/// It is a Refit <see cref="ApiException"/>, so calls that return <see cref="IApiResponse{T}"/> carry it in their
/// <see cref="IApiResponse.Error"/>. It keeps the method and address of the request, not its headers or token.
/// </summary>
public sealed class ExpenseTrackerApiException : ApiException
{
    private ExpenseTrackerApiException(
        HttpRequestMessage request,
        HttpResponseMessage response,
        string? content,
        ProblemDetailsDocument problem,
        RefitSettings settings)
        : base(MessageFor(request, response.StatusCode, problem), request, request.Method, content, response.StatusCode, response.ReasonPhrase, response.Headers, settings)
    {
        Title = problem.Title ?? response.ReasonPhrase ?? response.StatusCode.ToString();
        Detail = problem.Detail;
        ProblemType = problem.Type;
        Instance = problem.Instance;
        TraceId = problem.TraceId;
        FieldErrors = problem.Errors;
        RetryAfter = response.Headers.RetryAfter?.Delta
            ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
    }

    /// <summary>The HTTP status code: 400 invalid, 401 not signed in, 404 absent or not yours, 409 conflict, 412 stale <c>If-Match</c>, ...</summary>
    public int Status => (int)StatusCode;

    /// <summary>What went wrong, in a few words.</summary>
    public string Title { get; }

    /// <summary>What went wrong this time, when the API says more.</summary>
    public string? Detail { get; }

    /// <summary>The problem type URI, when the API gives one.</summary>
    public string? ProblemType { get; }

    /// <summary>The request the problem is about, as the API names it.</summary>
    public string? Instance { get; }

    /// <summary>The API's trace id for this request: quote it in a bug report.</summary>
    public string? TraceId { get; }

    /// <summary>Messages per field of the request (400 answers), keyed by the field's name; empty when there are none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; }

    /// <summary>How long the API asks to wait before trying again (429 and 503 answers).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Reads the problem details of an error answer. The request kept is a copy without headers, so no token leaks into logs.</summary>
    public static async Task<ExpenseTrackerApiException> CreateAsync(HttpResponseMessage response, RefitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(response);
        var original = response.RequestMessage;
        var request = new HttpRequestMessage(original?.Method ?? HttpMethod.Get, original?.RequestUri);
        var content = response.Content is null ? null : await ProblemDetailsDocument.ReadBodyAsync(response.Content);
        return new ExpenseTrackerApiException(request, response, content, ProblemDetailsDocument.Parse(content), settings);
    }

    private static string MessageFor(HttpRequestMessage request, HttpStatusCode status, ProblemDetailsDocument problem)
    {
        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"{(int)status} {problem.Title ?? status.ToString()}");
        if (!string.IsNullOrWhiteSpace(problem.Detail) && problem.Detail != problem.Title)
        {
            message.Append(CultureInfo.InvariantCulture, $": {problem.Detail}");
        }

        foreach (var (field, errors) in problem.Errors)
        {
            message.Append(CultureInfo.InvariantCulture, $" [{field}: {string.Join(" ", errors)}]");
        }

        message.Append(CultureInfo.InvariantCulture, $" ({request.Method} {request.RequestUri?.AbsolutePath})");
        return message.ToString();
    }
}
