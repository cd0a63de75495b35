using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ExpenseTracker.Cli.SignIn;
using ExpenseTracker.Client.Serialization;

namespace ExpenseTracker.Cli.Output;

/// <summary><c>--json</c> output: the API's own shapes, indented, camelCase.</summary>
public static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(ExpenseTrackerJsonContext.Default.Options)
    {
        WriteIndented = true,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ExpenseTrackerJsonContext.Default, CliJsonContext.Default),
    };

    public static string Serialize<T>(T value, JsonTypeInfo<T> type) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(type.Type));

    /// <summary>The shapes the API does not have: what <c>login --json</c> answers.</summary>
    public static JsonTypeInfo<T> TypeOf<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}

/// <summary>The sign-in summary <c>expense login --json</c> writes.</summary>
public sealed record LoginSummary(string ApiUrl, LoginMode Mode, string? User, DateTimeOffset? ExpiresAt, string SavedTo);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(StoredLogin))]
[JsonSerializable(typeof(LoginSummary))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
