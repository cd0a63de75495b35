using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace ExpenseTracker.Client.Tests.Infrastructure;

/// <summary>
/// Stands in for the network: records each request as it is sent (body included) and answers what the test scripts,
/// by default <c>200 {}</c>. It shows what a live API cannot: the exact request sent, and answers the test API never
/// gives (an HTML 502 from a proxy, a scripted 429).
/// </summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _answers = new();
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public RecordedRequest Single() => Assert.Single(Requests);

    /// <summary>The next request gets this answer; requests past the scripted ones get <c>200 {}</c>.</summary>
    public RecordingHandler ThenAnswer(HttpStatusCode status, string body = "{}", string mediaType = "application/json", Action<HttpResponseMessage>? headers = null)
    {
        _answers.Enqueue(request =>
        {
            var response = new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent(body, Encoding.UTF8, mediaType) };
            headers?.Invoke(response);
            return response;
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        lock (_requests)
        {
            _requests.Add(new RecordedRequest(
                request.Method,
                request.RequestUri!,
                request.Headers.ToDictionary(header => header.Key, header => string.Join(",", header.Value), StringComparer.OrdinalIgnoreCase),
                request.Content?.Headers.ContentType,
                body));
        }

        Func<HttpRequestMessage, HttpResponseMessage>? answer;
        lock (_answers)
        {
            _answers.TryDequeue(out answer);
        }

        return answer?.Invoke(request)
            ?? new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new StringContent("{}", Encoding.UTF8, "application/json") };
    }
}

public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    MediaTypeHeaderValue? ContentType,
    byte[] Body)
{
    public string PathAndQuery => Uri.PathAndQuery;

    public string BodyText => Encoding.UTF8.GetString(Body);
}
