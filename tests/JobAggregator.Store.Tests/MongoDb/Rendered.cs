using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>Renders driver definitions to the BSON the driver would send, with the documents' own class maps, as the
/// driver does before a command; no server involved.</summary>
internal static class Rendered
{
    public static BsonDocument Filter<T>(FilterDefinition<T> filter) => filter.Render(Args<T>());

    public static BsonDocument Update<T>(UpdateDefinition<T> update) => update.Render(Args<T>()).AsBsonDocument;

    /// <summary>An update given as an aggregation pipeline: its stages.</summary>
    public static BsonArray PipelineUpdate<T>(UpdateDefinition<T> update) => update.Render(Args<T>()).AsBsonArray;

    public static BsonDocument Sort<T>(SortDefinition<T> sort) => sort.Render(Args<T>());

    public static BsonDocument Projection<T>(ProjectionDefinition<T> projection) => projection.Render(Args<T>());

    public static BsonArray Pipeline<TInput, TOutput>(PipelineDefinition<TInput, TOutput> pipeline) =>
        new(pipeline.Render(Args<TInput>()).Documents);

    /// <summary>An index as createIndexes receives it: its keys, its name and every option set.</summary>
    public static BsonDocument Index<T>(CreateIndexModel<T> model)
    {
        var options = model.Options ?? new CreateIndexOptions();
        var index = new BsonDocument
        {
            { "key", model.Keys.Render(Args<T>()) },
            { "name", (BsonValue?)options.Name ?? BsonNull.Value },
        };
        index.AddRange(new BsonDocument
        {
            { "unique", options.Unique, options.Unique.HasValue },
            { "sparse", options.Sparse, options.Sparse.HasValue },
            { "weights", () => options.Weights, options.Weights is not null },
            { "default_language", options.DefaultLanguage, options.DefaultLanguage is not null },
        });
        return index;
    }

    /// <summary>A document as the driver writes it.</summary>
    public static BsonDocument Document<T>(T document) => document.ToBsonDocument();

    private static RenderArgs<T> Args<T>() => new(BsonSerializer.LookupSerializer<T>(), BsonSerializer.SerializerRegistry);
}
