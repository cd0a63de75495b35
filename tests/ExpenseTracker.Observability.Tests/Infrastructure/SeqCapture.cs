using System.Net;
using ExpenseTracker.LocalServers;

namespace ExpenseTracker.Observability.Tests.Infrastructure;

/// <summary>
/// Stands in for a Seq server: accepts what the Seq sink posts (newline-delimited CLEF) on a free loopback port and
/// keeps each request, answering as Seq does.
/// </summary>
public sealed class SeqCapture : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<Post> _posts = [];
    private readonly Task _serving;

    public SeqCapture()
    {
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public sealed record Post(string Method, string Path, string? ContentType, string Body);

    public int Port { get; }

    public string ServerUrl => $"http://127.0.0.1:{Port}";

    public IReadOnlyList<Post> Posts
    {
        get
        {
            lock (_posts)
            {
                return [.. _posts];
            }
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (var reader = new StreamReader(context.Request.InputStream, context.Request.ContentEncoding))
            {
                var post = new Post(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.ContentType, await reader.ReadToEndAsync());
                lock (_posts)
                {
                    _posts.Add(post);
                }
            }

            context.Response.StatusCode = (int)HttpStatusCode.Created;
            context.Response.ContentType = "application/json";
            await using (var body = context.Response.OutputStream)
            {
                await body.WriteAsync("{}"u8.ToArray());
            }

            context.Response.Close();
        }
    }
}
