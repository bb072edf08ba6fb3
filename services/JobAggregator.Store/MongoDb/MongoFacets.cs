using JobAggregator.Store.Reading;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>The facet counts of a search as one aggregation: a <c>$match</c> on everything but the faceted filters (which
/// the listing's indexes serve), then a <c>$facet</c> with one branch per facet that applies the other faceted filters and
/// groups by its own value. Built without I/O so tests can render it.</summary>
internal static class MongoFacets
{
    private const string Organizations = "organizations";
    private const string Countries = "countries";
    private const string Regions = "regions";
    private const string Remote = "remote";
    private const string EmploymentTypes = "employmentTypes";
    private const string Categories = "categories";
    private const string Languages = "languages";

    private static readonly BsonDocument CountOne = new("$sum", 1);

    public static PipelineDefinition<PostingDocument, BsonDocument> Pipeline(JobQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);

        var unfaceted = query with
        {
            Organization = null,
            Country = null,
            Region = null,
            Remote = null,
            EmploymentType = null,
            Category = null,
            Language = null,
        };
        return PipelineDefinition<PostingDocument, BsonDocument>.Create(
        [
            new BsonDocument("$match", Render(MongoQueries.Search(unfaceted))),
            // Only what the branches filter and group on travels on to them.
            BsonDocument.Parse("""
                { "$project": {
                    "_id": 0,
                    "content.organization.id": 1,
                    "content.organization.name": 1,
                    "organizationIdLower": 1,
                    "organizationNameLower": 1,
                    "countryLower": 1,
                    "content.location.region": 1,
                    "remoteOrHybrid": 1,
                    "employmentTypeLower": 1,
                    "content.categories": 1,
                    "languageLower": 1 } }
                """),
            new BsonDocument("$facet", new BsonDocument
            {
                {
                    Organizations, Branch(
                        query with { Organization = null },
                        BsonDocument.Parse("""
                            { "$group": {
                                "_id": "$organizationIdLower",
                                "value": { "$min": "$content.organization.id" },
                                "label": { "$min": "$content.organization.name" },
                                "count": { "$sum": 1 } } }
                            """))
                },
                { Countries, Branch(query with { Country = null }, Present("countryLower"), GroupBy("countryLower")) },
                {
                    Regions, Branch(
                        query with { Region = null },
                        Present("content.location.region"),
                        // $toLower folds ASCII letters only, as SQLite's NOCASE does.
                        BsonDocument.Parse("""
                            { "$group": {
                                "_id": { "$toLower": "$content.location.region" },
                                "value": { "$min": "$content.location.region" },
                                "count": { "$sum": 1 } } }
                            """))
                },
                { Remote, Branch(query with { Remote = null }, GroupBy("remoteOrHybrid")) },
                {
                    EmploymentTypes,
                    Branch(query with { EmploymentType = null }, Present("employmentTypeLower"), GroupBy("employmentTypeLower"))
                },
                {
                    Categories, Branch(
                        query with { Category = null },
                        // Each category once per opening, as the SQLite table's key keeps it.
                        BsonDocument.Parse("""{ "$project": { "categories": { "$setUnion": [{ "$ifNull": ["$content.categories", []] }, []] } } }"""),
                        new BsonDocument("$unwind", "$categories"),
                        GroupBy("categories"))
                },
                { Languages, Branch(query with { Language = null }, Present("languageLower"), GroupBy("languageLower")) },
            }),
        ]);
    }

    /// <summary>The counts from the one document the pipeline returns, in the stores' shared order.</summary>
    public static JobFacets Read(BsonDocument result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new JobFacets(
            Counts(result, Organizations, group => group["value"].AsString, group => group["label"].AsString),
            Counts(result, Countries, group => group["_id"].AsString.ToUpperInvariant()),
            Counts(result, Regions, group => group["value"].AsString),
            Counts(result, Remote, group => group["_id"].AsBoolean ? "true" : "false"),
            Counts(result, EmploymentTypes, group => group["_id"].AsString.ToUpperInvariant()),
            Counts(result, Categories, group => group["_id"].AsString),
            Counts(result, Languages, group => group["_id"].AsString));
    }

    private static IReadOnlyList<FacetCount> Counts(
        BsonDocument result, string facet, Func<BsonDocument, string> value, Func<BsonDocument, string?>? label = null) =>
        JobFacets.Ordered(result.GetValue(facet, new BsonArray()).AsBsonArray
            .Select(group => group.AsBsonDocument)
            .Select(group => new FacetCount(value(group), label?.Invoke(group), group["count"].ToInt32())));

    /// <summary>A branch: the faceted filters of <paramref name="query"/>, when any is set, then the grouping.</summary>
    private static BsonArray Branch(JobQuery query, params BsonDocument[] grouping)
    {
        var stages = new BsonArray();
        if (MongoQueries.FacetFilters(query) is { Count: > 0 } filters)
        {
            stages.Add(new BsonDocument("$match", Render(Builders<PostingDocument>.Filter.And(filters))));
        }

        stages.AddRange(grouping);
        return stages;
    }

    private static BsonDocument Present(string field) =>
        new("$match", new BsonDocument(field, new BsonDocument("$ne", BsonNull.Value)));

    private static BsonDocument GroupBy(string field) =>
        new("$group", new BsonDocument { { "_id", "$" + field }, { "count", CountOne.DeepClone() } });

    private static BsonDocument Render(FilterDefinition<PostingDocument> filter) =>
        filter.Render(new RenderArgs<PostingDocument>(
            BsonSerializer.LookupSerializer<PostingDocument>(), BsonSerializer.SerializerRegistry));
}
