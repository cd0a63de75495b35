using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ExpenseTracker.Client.Tests.Infrastructure;

/// <summary>
/// Compares what the server sent with the contract type the client reads it into: every object has exactly the
/// properties of its type (camelCase), no more (a field the client would drop) and no fewer (one it would leave
/// empty), and every value is of the JSON kind its property expects, all the way down.
/// </summary>
public static class JsonShape
{
    public static void AssertMatches<T>(string json) => AssertMatches(JsonNode.Parse(json), typeof(T), "$");

    private static void AssertMatches(JsonNode? node, Type type, string path)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (node is null)
        {
            Assert.True(underlying is not null || !type.IsValueType, $"{path} is null but {type.Name} is not nullable");
            return;
        }

        type = underlying ?? type;
        if (type == typeof(string) || type == typeof(Guid) || type == typeof(DateOnly) || type == typeof(DateTimeOffset))
        {
            Assert.True(node.GetValueKind() == JsonValueKind.String, $"{path} should be a JSON string ({type.Name}) but is {node.ToJsonString()}");
        }
        else if (type == typeof(decimal) || type == typeof(int) || type == typeof(long))
        {
            Assert.True(node.GetValueKind() == JsonValueKind.Number, $"{path} should be a JSON number ({type.Name}) but is {node.ToJsonString()}");
        }
        else if (type == typeof(bool))
        {
            Assert.True(node.GetValueKind() is JsonValueKind.True or JsonValueKind.False, $"{path} should be true or false but is {node.ToJsonString()}");
        }
        else if (ElementType(type) is { } element)
        {
            var array = Assert.IsType<JsonArray>(node, exactMatch: false);
            for (var index = 0; index < array.Count; index++)
            {
                AssertMatches(array[index], element, $"{path}[{index}]");
            }
        }
        else
        {
            var json = Assert.IsType<JsonObject>(node, exactMatch: false);
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .ToDictionary(property => property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            Assert.True(
                properties.Keys.ToHashSet().SetEquals(json.Select(pair => pair.Key)),
                $"{path} has the properties [{string.Join(", ", json.Select(pair => pair.Key).Order())}] but {type.Name} reads [{string.Join(", ", properties.Keys.Order())}]");
            foreach (var (name, value) in json)
            {
                AssertMatches(value, properties[name].PropertyType, $"{path}.{name}");
            }
        }
    }

    private static Type? ElementType(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)
            ? type.GetInterfaces().Append(type)
                .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0]
            : null;
}
