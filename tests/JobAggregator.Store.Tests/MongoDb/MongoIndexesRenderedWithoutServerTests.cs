using JobAggregator.Store.MongoDb;
using JobAggregator.Store.Reading;
using MongoDB.Bson;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The indexes created at start-up, rendered as createIndexes receives them; no server needed.</summary>
public sealed class MongoIndexesRenderedWithoutServerTests
{
    [Fact]
    public void Postings_have_an_index_for_each_sort_closing_clustering_and_every_filter()
    {
        Assert.Equal(
            [
                BsonDocument.Parse("""
                    { "key": { "status": 1, "primary": 1, "effectivePosted": -1, "firstSeen": -1, "_id": 1 },
                      "name": "ix_status_primary_effectivePosted_firstSeen" }
                    """),
                BsonDocument.Parse("""
                    { "key": { "status": 1, "primary": 1, "annualPay": -1, "effectivePosted": -1, "firstSeen": -1, "_id": 1 },
                      "name": "ix_status_primary_annualPay" }
                    """),
                BsonDocument.Parse("""
                    { "key": { "status": 1, "primary": 1, "validThroughOrLast": 1, "effectivePosted": -1, "firstSeen": -1, "_id": 1 },
                      "name": "ix_status_primary_validThroughOrLast" }
                    """),
                BsonDocument.Parse("""
                    { "key": { "sourceId": 1, "status": 1, "lastSeen": 1 }, "name": "ix_sourceId_status_lastSeen" }
                    """),
                BsonDocument.Parse("""{ "key": { "status": 1, "content.validThrough": 1 }, "name": "ix_status_contentValidThrough" }"""),
                BsonDocument.Parse("""{ "key": { "content.organization.id": 1, "lastSeen": 1 }, "name": "ix_contentOrganizationId_lastSeen" }"""),
                BsonDocument.Parse("""
                    { "key": { "clusterId": 1, "clusterPosition": 1, "_id": 1 }, "name": "ix_clusterId_clusterPosition" }
                    """),
                BsonDocument.Parse("""{ "key": { "organizationIdLower": 1 }, "name": "ix_organizationIdLower" }"""),
                BsonDocument.Parse("""{ "key": { "organizationNameLower": 1 }, "name": "ix_organizationNameLower" }"""),
                BsonDocument.Parse("""{ "key": { "employmentTypeLower": 1 }, "name": "ix_employmentTypeLower" }"""),
                BsonDocument.Parse("""{ "key": { "countryLower": 1 }, "name": "ix_countryLower" }"""),
                BsonDocument.Parse("""{ "key": { "content.categories": 1 }, "name": "ix_contentCategories" }"""),
                BsonDocument.Parse("""{ "key": { "languageLower": 1 }, "name": "ix_languageLower" }"""),
                BsonDocument.Parse("""{ "key": { "remoteOrHybrid": 1, "status": 1 }, "name": "ix_remoteOrHybrid_status" }"""),
                BsonDocument.Parse("""{ "key": { "locationSearch": 1 }, "name": "ix_locationSearch" }"""),
                BsonDocument.Parse("""{ "key": { "searchWords": 1 }, "name": "ix_searchWords" }"""),
                BsonDocument.Parse("""{ "key": { "lastSeen": -1 }, "name": "ix_lastSeen" }"""),
                BsonDocument.Parse("""{ "key": { "closedAt": -1 }, "name": "ix_closedAt" }"""),
            ],
            MongoIndexes.Postings.Select(Rendered.Index));
    }

    [Fact]
    public void Every_field_a_search_filters_on_leads_an_index_or_follows_status_and_primary()
    {
        var query = new JobQuery
        {
            Text = "attorney",
            Organization = "gip",
            Location = "atlanta",
            EmploymentType = "FULL_TIME",
            Country = "US",
            Remote = true,
            Category = "attorney",
            Language = "en",
            MinAnnualSalary = 50000m,
            PostedSince = new DateOnly(2025, 1, 1),
        };
        var filter = Rendered.Filter(MongoQueries.Search(query));
        var clauses = filter.TryGetValue("$and", out var and) ? and.AsBsonArray.Select(c => c.AsBsonDocument) : [filter];
        var fields = clauses
            .SelectMany(clause => clause.Names)
            .SelectMany(name => name == "$or"
                ? ["organizationIdLower", "organizationNameLower"]
                : new[] { name })
            .Distinct();
        var keys = MongoIndexes.Postings.Select(Rendered.Index).Select(i => i["key"].AsBsonDocument.Names.ToList()).ToList();

        Assert.All(fields, field => Assert.Contains(
            keys,
            key => key[0] == field || (key.Take(2).SequenceEqual(["status", "primary"]) && key[2] == field)
                || field is "status" or "primary"));
    }

    [Fact]
    public void Retired_indexes_of_earlier_versions_are_dropped_and_not_made_again()
    {
        // The sort index of the version before issue 5, and the three whose keys moved into the content subdocument.
        Assert.Equal(
            ["ix_status_datePosted_firstSeen", "ix_status_validThrough", "ix_organizationId_lastSeen", "ix_categories"],
            MongoIndexes.RetiredPostingIndexes);
        Assert.DoesNotContain(MongoIndexes.Postings, index => MongoIndexes.RetiredPostingIndexes.Contains(index.Options.Name));
    }

    [Fact]
    public void Posting_key_uniqueness_rests_on_the_id_index_alone()
    {
        // The key is the _id, unique by itself; a second unique index, or an unused $text index, would only cost writes.
        Assert.All(MongoIndexes.Postings, index => Assert.Null(index.Options.Unique));
        Assert.DoesNotContain(
            MongoIndexes.Postings.Select(Rendered.Index),
            index => index["key"].AsBsonDocument.Values.Contains("text"));
    }

    [Fact]
    public void Runs_are_indexed_by_source_and_start_with_and_without_outcome()
    {
        Assert.Equal(
            [
                BsonDocument.Parse("""{ "key": { "sourceId": 1, "startedAt": 1 }, "name": "ix_sourceId_startedAt" }"""),
                BsonDocument.Parse("""{ "key": { "sourceId": 1, "ok": 1, "startedAt": 1 }, "name": "ix_sourceId_ok_startedAt" }"""),
                BsonDocument.Parse("""{ "key": { "finishedAt": -1 }, "name": "ix_finishedAt" }"""),
            ],
            MongoIndexes.Runs.Select(Rendered.Index));
    }

    [Fact]
    public void Revisions_are_indexed_by_posting_and_time()
    {
        Assert.Equal(
            [BsonDocument.Parse("""{ "key": { "postingId": 1, "at": 1 }, "name": "ix_postingId_at" }""")],
            MongoIndexes.Revisions.Select(Rendered.Index));
    }
}
