using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.Api.Http;

/// <summary>
/// 200 OK with a JSON body that comes from the cache. The cache hands every reader the same immutable instance, so
/// its JSON is written once per instance and kept beside it (dropped when the cache drops the instance): a cache hit
/// costs a copy of bytes instead of a serialization. The JSON is what <c>TypedResults.Ok</c> would write.
/// </summary>
public sealed class CachedJson<T> : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>
    where T : class
{
    private static readonly ConditionalWeakTable<T, byte[]> Bodies = new();

    internal CachedJson(T value) => Value = value;

    public T Value { get; }

    object IValueHttpResult.Value => Value;

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var body = Bodies.GetValue(Value, value =>
        {
            var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            return JsonSerializer.SerializeToUtf8Bytes(value, options.GetTypeInfo(typeof(T)));
        });
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}

public static class CachedJson
{
    public static CachedJson<T> Ok<T>(T value)
        where T : class => new(value);
}
