using System.Reflection;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Domain;
using ExpenseTracker.Infrastructure.MongoDB;
using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.Tests.MongoDB;

/// <summary>
/// Every query the MongoDB adapter can run, rendered: each public builder of the adapter's query namespace, called
/// with every value of each of its parameters that changes the query's shape (every combination of list filters,
/// every sort). A builder added later is picked up here without a change to the tests.
/// </summary>
internal static class AdapterQueries
{
    public sealed record Built(string Builder, RenderedQuery Query);

    // Before Builders and All, which use it while the class initialises.
    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly DateTimeOffset Moment = new(2026, 3, 15, 10, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<MethodInfo> Builders { get; } = typeof(MongoStore).Assembly.GetTypes()
        .Where(type => type.Namespace == typeof(IMongoQuery).Namespace && type is { IsAbstract: true, IsSealed: true })
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(method => typeof(IMongoQuery).IsAssignableFrom(method.ReturnType) || typeof(IEnumerable<IMongoQuery>).IsAssignableFrom(method.ReturnType))
        .ToList();

    public static IReadOnlyList<Built> All { get; } = Builders.SelectMany(Build).ToList();

    private static IEnumerable<Built> Build(MethodInfo builder)
    {
        var name = $"{builder.DeclaringType!.Name}.{builder.Name}";
        foreach (var arguments in Combinations(builder.GetParameters().Select(parameter => ValuesOf(parameter, name)).ToList()))
        {
            var built = builder.Invoke(null, arguments);
            var queries = built is IMongoQuery single ? [single] : ((IEnumerable<IMongoQuery>)built!).ToList();
            foreach (var query in queries)
            {
                yield return new Built(name, query.Render());
            }
        }
    }

    private static IReadOnlyList<object?> ValuesOf(ParameterInfo parameter, string builder) => parameter.ParameterType switch
    {
        var type when type == typeof(string) && Nullability.Create(parameter).WriteState == NullabilityState.Nullable => ["user-1", null],
        var type when type == typeof(string) => ["user-1"],
        var type when type == typeof(Guid) => [Guid.Parse("0195f1a2-3b4c-7d5e-8f60-718293a4b5c6")],
        var type when type == typeof(long) => [3L],
        var type when type == typeof(int) => [80],
        var type when type == typeof(ObjectId) => [ObjectId.Parse("65f1a2b3c4d5e6f708192a3b")],
        var type when type == typeof(IReadOnlyCollection<Guid>) =>
            [new[] { Guid.Parse("0195f1a2-3b4c-7d5e-8f60-718293a4b5c6"), Guid.Parse("0195f1a2-3b4c-7d5e-8f60-718293a4b5c7") }],
        var type when type == typeof(IReadOnlyCollection<string>) => [new[] { "user-1", "user-2" }],
        var type when type == typeof(IReadOnlyCollection<DateOnly>) => [new[] { new DateOnly(2026, 3, 14), new DateOnly(2026, 3, 15) }],
        var type when type == typeof(DateTimeOffset) => [Moment],
        var type when type == typeof(DateOnly) => [new DateOnly(2026, 3, 15)],
        var type when type == typeof(YearMonth) => [new YearMonth(2026, 3)],
        var type when type == typeof(ExpenseSort) => Enum.GetValues<ExpenseSort>().Cast<object?>().ToList(),
        var type when type == typeof(ExpenseFilter) => EveryFilter().ToList(),
        var type => throw new InvalidOperationException(
            $"{builder} takes a {type.Name} ({parameter.Name}); teach {nameof(AdapterQueries)} which values of it change the query."),
    };

    /// <summary>Each of the list's optional filters present or absent: every shape the list query can take.</summary>
    private static IEnumerable<object?> EveryFilter()
    {
        var parts = new Func<ExpenseFilter, ExpenseFilter>[]
        {
            filter => filter with { From = new DateOnly(2026, 3, 1) },
            filter => filter with { To = new DateOnly(2026, 3, 31) },
            filter => filter with { CategoryId = Guid.Parse("0195f1a2-3b4c-7d5e-8f60-718293a4b5c7") },
            filter => filter with { Tag = "work" },
            filter => filter with { Text = "c++ (book)" },
            filter => filter with { MinAmount = 7.25m },
            filter => filter with { MaxAmount = 25.5m },
            filter => filter with { Currency = "EUR" },
        };
        for (var mask = 0; mask < 1 << parts.Length; mask++)
        {
            var filter = ExpenseFilter.None;
            for (var bit = 0; bit < parts.Length; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    filter = parts[bit](filter);
                }
            }

            yield return filter;
        }
    }

    private static IEnumerable<object?[]> Combinations(IReadOnlyList<IReadOnlyList<object?>> values)
    {
        IEnumerable<object?[]> combinations = [[]];
        foreach (var choices in values)
        {
            combinations = combinations.SelectMany(prefix => choices.Select(choice => prefix.Append(choice).ToArray()));
        }

        return combinations;
    }
}
