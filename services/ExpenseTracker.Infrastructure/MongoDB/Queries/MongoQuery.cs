using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace ExpenseTracker.Infrastructure.MongoDB.Queries;

/// <summary>
/// A query the adapter runs, as data: which collection, which filter, which order. Every filter the stores use is
/// built by a class of this namespace, so a test can render them all and hold them against the indexes.
/// </summary>
internal interface IMongoQuery
{
    RenderedQuery Render();
}

/// <summary>A query in the shape the server receives it.</summary>
/// <param name="Pipeline">For an aggregation, every stage; its first stage is the <see cref="Filter"/> as <c>$match</c>.</param>
internal sealed record RenderedQuery(string Collection, BsonDocument Filter, BsonDocument? Sort, IReadOnlyList<BsonDocument>? Pipeline = null);

internal sealed record MongoQuery<TDocument>(string Collection, FilterDefinition<TDocument> Filter, SortDefinition<TDocument>? Sort = null)
    : IMongoQuery
{
    public RenderedQuery Render()
    {
        var args = new RenderArgs<TDocument>(BsonSerializer.LookupSerializer<TDocument>(), BsonSerializer.SerializerRegistry);
        return new RenderedQuery(Collection, Filter.Render(args), Sort?.Render(args));
    }
}

/// <summary>An aggregation over <typeparamref name="TDocument"/>, computed by the server.</summary>
internal sealed record MongoPipeline<TDocument>(string Collection, PipelineDefinition<TDocument, BsonDocument> Pipeline) : IMongoQuery
{
    public RenderedQuery Render()
    {
        var stages = Pipeline
            .Render(new RenderArgs<TDocument>(BsonSerializer.LookupSerializer<TDocument>(), BsonSerializer.SerializerRegistry))
            .Documents
            .ToList();
        var match = stages.Count > 0 && stages[0].TryGetValue("$match", out var filter)
            ? filter.AsBsonDocument
            : throw new InvalidOperationException($"A pipeline on {Collection} must start with $match, or it reads the whole collection.");
        var sort = stages.Count > 1 && stages[1].TryGetValue("$sort", out var order) ? order.AsBsonDocument : null;
        return new RenderedQuery(Collection, match, sort, stages);
    }
}
