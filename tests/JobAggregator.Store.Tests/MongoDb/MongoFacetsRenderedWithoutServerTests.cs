using JobAggregator.Store.MongoDb;
using JobAggregator.Store.Reading;
using MongoDB.Bson;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The facet aggregation and the closing filter rendered to the BSON the driver sends, and the facet result read
/// back from a document shaped as the server answers; no server needed.</summary>
public sealed class MongoFacetsRenderedWithoutServerTests
{
    [Fact]
    public void Search_closing_within_days_bounds_the_closing_date_on_both_sides()
    {
        var query = new JobQuery { ClosingFrom = new DateOnly(2026, 3, 1), ClosingBy = new DateOnly(2026, 3, 8) };

        Assert.Equal(
            BsonDocument.Parse("""{ "status": "open", "primary": true, "content.validThrough": { "$gte": "2026-03-01", "$lte": "2026-03-08" } }"""),
            Rendered.Filter(MongoQueries.Search(query)));
    }

    [Fact]
    public void Facets_match_the_unfaceted_filters_first_then_each_branch_applies_the_other_faceted_filters()
    {
        var query = new JobQuery { Text = "attorney", Country = "US", EmploymentType = "FULL_TIME", Page = 3, Sort = JobSort.Salary };

        var stages = Rendered.Pipeline(MongoFacets.Pipeline(query));

        Assert.Equal(
            BsonDocument.Parse("""
                { "$match": { "status": "open", "primary": true, "searchWords": { "$regularExpression": { "pattern": "^attorney", "options": "" } } } }
                """),
            stages[0]);
        Assert.Equal("$project", stages[1].AsBsonDocument.GetElement(0).Name);
        var facet = stages[2]["$facet"].AsBsonDocument;
        Assert.Equal(
            ["organizations", "countries", "regions", "remote", "employmentTypes", "categories", "languages"],
            facet.Names);
        Assert.Equal(
            BsonArray.Create(new[]
            {
                BsonDocument.Parse("""{ "$match": { "employmentTypeLower": "full_time" } }"""),
                BsonDocument.Parse("""{ "$match": { "countryLower": { "$ne": null } } }"""),
                BsonDocument.Parse("""{ "$group": { "_id": "$countryLower", "count": { "$sum": 1 } } }"""),
            }),
            facet["countries"]);
        Assert.Equal(
            BsonArray.Create(new[]
            {
                BsonDocument.Parse("""{ "$match": { "countryLower": "us" } }"""),
                BsonDocument.Parse("""{ "$match": { "employmentTypeLower": { "$ne": null } } }"""),
                BsonDocument.Parse("""{ "$group": { "_id": "$employmentTypeLower", "count": { "$sum": 1 } } }"""),
            }),
            facet["employmentTypes"]);
        Assert.Equal(
            BsonDocument.Parse("""{ "$match": { "employmentTypeLower": "full_time", "countryLower": "us" } }"""),
            facet["organizations"][0]);
        Assert.Equal(
            BsonDocument.Parse("""
                { "$group": { "_id": "$organizationIdLower", "value": { "$min": "$content.organization.id" },
                    "label": { "$min": "$content.organization.name" }, "count": { "$sum": 1 } } }
                """),
            facet["organizations"][1]);
    }

    [Fact]
    public void Search_by_region_is_whole_escaped_and_case_insensitive_and_its_facet_groups_spellings_as_one()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "status": "open", "primary": true, "content.location.region": { "$regularExpression": { "pattern": "^St\\.\\ Gallen$", "options": "i" } } }
                """),
            Rendered.Filter(MongoQueries.Search(new JobQuery { Region = " St. Gallen " })));
        Assert.Equal(
            BsonArray.Create(new[]
            {
                BsonDocument.Parse("""{ "$match": { "content.location.region": { "$ne": null } } }"""),
                BsonDocument.Parse("""
                    { "$group": { "_id": { "$toLower": "$content.location.region" }, "value": { "$min": "$content.location.region" }, "count": { "$sum": 1 } } }
                    """),
            }),
            Rendered.Pipeline(MongoFacets.Pipeline(new JobQuery { Region = "GA" }))[2]["$facet"]["regions"]);
    }

    [Fact]
    public void Facets_of_a_search_without_faceted_filters_group_every_match()
    {
        var stages = Rendered.Pipeline(MongoFacets.Pipeline(new JobQuery()));

        Assert.Equal(BsonDocument.Parse("""{ "$match": { "status": "open", "primary": true } }"""), stages[0]);
        var facet = stages[2]["$facet"].AsBsonDocument;
        Assert.Equal(
            BsonArray.Create(new[] { BsonDocument.Parse("""{ "$group": { "_id": "$remoteOrHybrid", "count": { "$sum": 1 } } }""") }),
            facet["remote"]);
        Assert.Equal(
            BsonArray.Create(new[]
            {
                BsonDocument.Parse("""{ "$project": { "categories": { "$setUnion": [{ "$ifNull": ["$content.categories", []] }, []] } } }"""),
                BsonDocument.Parse("""{ "$unwind": "$categories" }"""),
                BsonDocument.Parse("""{ "$group": { "_id": "$categories", "count": { "$sum": 1 } } }"""),
            }),
            facet["categories"]);
    }

    [Fact]
    public void The_projection_keeps_every_field_a_branch_filters_or_groups_on()
    {
        var stages = Rendered.Pipeline(MongoFacets.Pipeline(new JobQuery()));
        var kept = stages[1]["$project"].AsBsonDocument.Names.ToHashSet();
        var facet = stages[2]["$facet"].AsBsonDocument.ToJson();
        var filters = Rendered.Filter(MongoQueries.Search(new JobQuery
        {
            Organization = "acme",
            Country = "US",
            Region = "GA",
            Remote = true,
            EmploymentType = "FULL_TIME",
            Category = "attorney",
            Language = "en",
        })).ToJson();

        foreach (var field in new[]
        {
            "content.organization.id", "content.organization.name", "organizationIdLower", "organizationNameLower", "countryLower",
            "content.location.region",
            "remoteOrHybrid",
            "employmentTypeLower", "content.categories", "languageLower",
        })
        {
            Assert.Contains(field, kept);
        }

        Assert.All(
            System.Text.RegularExpressions.Regex.Matches(facet + filters, "\"([a-zA-Z][a-zA-Z.]*)\"\\s*:").Select(m => m.Groups[1].Value)
                .Where(name => name.EndsWith("Lower", StringComparison.Ordinal) || name is "remoteOrHybrid" or "content.categories" or "content.location.region"),
            name => Assert.Contains(name, kept));
    }

    [Fact]
    public void Facet_result_reads_back_in_the_stores_shared_order_with_codes_in_their_usual_case()
    {
        var result = BsonDocument.Parse("""
            {
              "organizations": [
                { "_id": "hope-legal", "value": "Hope-Legal", "label": "Hope Legal Aid", "count": 2 },
                { "_id": "acme", "value": "acme", "label": "Acme Corp", "count": 3 } ],
              "countries": [{ "_id": "us", "count": 2 }, { "_id": "de", "count": 3 }],
              "regions": [{ "_id": "ga", "value": "GA", "count": 2 }],
              "remote": [{ "_id": true, "count": 2 }, { "_id": false, "count": 3 }],
              "employmentTypes": [{ "_id": "part_time", "count": 2 }, { "_id": "full_time", "count": 2 }],
              "categories": [{ "_id": "policy", "count": 1 }, { "_id": "attorney", "count": { "$numberLong": "2" } }],
              "languages": []
            }
            """);

        var facets = MongoFacets.Read(result);

        Assert.Equal([new("acme", "Acme Corp", 3), new("Hope-Legal", "Hope Legal Aid", 2)], facets.Organizations);
        Assert.Equal([new("DE", null, 3), new("US", null, 2)], facets.Countries);
        Assert.Equal([new("GA", null, 2)], facets.Regions);
        Assert.Equal([new("false", null, 3), new("true", null, 2)], facets.Remote);
        Assert.Equal([new("FULL_TIME", null, 2), new("PART_TIME", null, 2)], facets.EmploymentTypes);
        Assert.Equal([new("attorney", null, 2), new("policy", null, 1)], facets.Categories);
        Assert.Empty(facets.Languages);
    }
}
