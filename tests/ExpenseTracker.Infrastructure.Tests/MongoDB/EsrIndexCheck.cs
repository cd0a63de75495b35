using ExpenseTracker.Infrastructure.MongoDB.Queries;
using MongoDB.Bson;

namespace ExpenseTracker.Infrastructure.Tests.MongoDB;

/// <summary>
/// Judges whether an index serves a query the way equality-sort-range asks. An index serves a query when its keys read
/// as E, then S, then R:
/// <list type="bullet">
/// <item>E: fields the query matches exactly (<c>$eq</c>, or <c>$in</c>: the server scans the index once per value and
/// merges the sorted runs). They must include every such field of the query, except <see cref="Coarse"/> ones (left
/// to the filter: they narrow little) and, among <see cref="Narrowing"/> ones, all but one (one of them already
/// narrows the scan to a few documents). A query that matches no field exactly (the outbox, due recurring rules:
/// data of every user) has no E, and must then sort or bound by the index's first keys.</item>
/// <item>S: the query's sort keys, in order, all in the index's direction or all reversed, so no page needs an
/// in-memory sort. Sort keys that the query matches exactly are constant and drop out.</item>
/// <item>R: when the query bounds a field and does not sort, the next key is a bounded field, so the bounds limit the
/// scan. When it sorts, bounded fields may follow S or stay in the filter.</item>
/// </list>
/// A unique index whose keys the query all matches exactly serves it too: at most one document can match.
/// A partial index serves only queries whose filter asks for its partial filter's values (else the planner cannot use it).
/// Conditions that no index can seek (<c>$regex</c>, <c>$ne</c>, <c>$or</c>, ...) stay in the filter and are not judged;
/// a query made of nothing else reads the whole collection and no index serves it.
/// </summary>
internal static class EsrIndexCheck
{
    public static readonly IReadOnlyDictionary<string, string[]> Coarse = new Dictionary<string, string[]>
    {
        ["expenses"] = ["currency"],
    };

    public static readonly IReadOnlyDictionary<string, string[]> Narrowing = new Dictionary<string, string[]>
    {
        ["expenses"] = ["categoryId", "tagKeys"],
    };

    private static readonly HashSet<string> RangeOperators = ["$gt", "$gte", "$lt", "$lte"];

    public sealed record QueryShape(string Collection, HashSet<string> Equality, HashSet<string> Ranges, IReadOnlyList<(string Field, int Direction)> Sort);

    public static QueryShape Shape(RenderedQuery query)
    {
        var equality = new HashSet<string>(StringComparer.Ordinal);
        var ranges = new HashSet<string>(StringComparer.Ordinal);
        Visit(query.Filter, equality, ranges);
        var sort = (query.Sort ?? [])
            .Select(element => (element.Name, element.Value.ToInt32()))
            .Where(key => !equality.Contains(key.Name))
            .ToList();
        return new QueryShape(query.Collection, equality, ranges, sort);
    }

    /// <summary>Why no index serves the query; null when one does.</summary>
    public static string? Unserved(RenderedQuery query, IEnumerable<RenderedIndex> indexes)
    {
        var shape = Shape(query);
        var candidates = indexes.Where(index => index.Collection == query.Collection).Append(IdIndex(query.Collection)).ToList();
        return candidates.Any(index => Serves(index, query))
            ? null
            : $"No index of {query.Collection} serves filter {query.Filter} sort {query.Sort?.ToString() ?? "none"} " +
              $"(equality: {string.Join(", ", shape.Equality)}; ranges: {string.Join(", ", shape.Ranges)}); " +
              $"indexes: {string.Join("; ", candidates.Select(index => $"{index.Name} {index.Keys}"))}";
    }

    public static bool Serves(RenderedIndex index, RenderedQuery query) =>
        (index.PartialFilter is null || Implies(query.Filter, index.PartialFilter)) && Serves(index, Shape(query));

    public static bool Serves(RenderedIndex index, QueryShape query)
    {
        var keys = index.Keys.Select(element => (Field: element.Name, Direction: element.Value.ToInt32())).ToList();
        if (index.Unique && keys.All(key => query.Equality.Contains(key.Field)))
        {
            return true;
        }

        var position = 0;
        var equalityPart = new HashSet<string>(StringComparer.Ordinal);
        while (position < keys.Count && query.Equality.Contains(keys[position].Field))
        {
            equalityPart.Add(keys[position++].Field);
        }

        if (query.Equality.Count > 0 && (equalityPart.Count == 0 || !CoversEquality(query, equalityPart)))
        {
            return false;
        }

        if (query.Sort.Count > 0)
        {
            if (keys.Count - position < query.Sort.Count)
            {
                return false;
            }

            var sameDirection = keys[position].Direction == query.Sort[0].Direction;
            for (var i = 0; i < query.Sort.Count; i++)
            {
                var key = keys[position + i];
                if (key.Field != query.Sort[i].Field || (key.Direction == query.Sort[i].Direction) != sameDirection)
                {
                    return false;
                }
            }

            return true;
        }

        return query.Ranges.Count == 0
            ? position > 0
            : position < keys.Count && query.Ranges.Contains(keys[position].Field);
    }

    private static bool CoversEquality(QueryShape query, HashSet<string> equalityPart)
    {
        var coarse = Coarse.GetValueOrDefault(query.Collection, []);
        var narrowing = Narrowing.GetValueOrDefault(query.Collection, []);
        var required = query.Equality.Except(coarse).Except(narrowing);
        var narrowedBy = query.Equality.Intersect(narrowing).ToList();
        return required.All(equalityPart.Contains) && (narrowedBy.Count == 0 || narrowedBy.Any(equalityPart.Contains));
    }

    /// <summary>Whether every document <paramref name="filter"/> matches also matches <paramref name="partial"/> (equalities only).</summary>
    private static bool Implies(BsonDocument filter, BsonDocument partial) =>
        partial.All(required => Conditions(filter).Any(condition =>
            condition.Name == required.Name
            && (condition.Value == required.Value
                || (condition.Value is BsonDocument { ElementCount: 1 } operation && operation.GetElement(0) == new BsonElement("$eq", required.Value)))));

    private static IEnumerable<BsonElement> Conditions(BsonDocument filter) =>
        filter.SelectMany(element => element.Name == "$and"
            ? element.Value.AsBsonArray.SelectMany(part => Conditions(part.AsBsonDocument))
            : [element]);

    private static RenderedIndex IdIndex(string collection) => new(collection, "_id_", new BsonDocument("_id", 1), Unique: true, ExpireAfter: null);

    private static void Visit(BsonDocument filter, HashSet<string> equality, HashSet<string> ranges)
    {
        foreach (var element in filter)
        {
            if (element.Name == "$and")
            {
                foreach (var part in element.Value.AsBsonArray)
                {
                    Visit(part.AsBsonDocument, equality, ranges);
                }
            }
            else if (element.Name.StartsWith('$') || element.Value is BsonRegularExpression)
            {
                // $or, $expr, a regular expression: nothing an index seeks on.
            }
            else if (element.Value is BsonDocument { ElementCount: > 0 } condition && condition.GetElement(0).Name.StartsWith('$'))
            {
                foreach (var operation in condition)
                {
                    if (operation.Name is "$eq" or "$in")
                    {
                        equality.Add(element.Name);
                    }
                    else if (RangeOperators.Contains(operation.Name))
                    {
                        ranges.Add(element.Name);
                    }
                }
            }
            else
            {
                equality.Add(element.Name);
            }
        }
    }
}
