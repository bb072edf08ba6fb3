using JobAggregator.Store.MongoDb;
using MongoDB.Bson;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The read side's filters, sort and pipelines, rendered to the BSON the driver sends; no server needed.</summary>
public sealed class MongoQueriesRenderedWithoutServerTests
{
    [Fact]
    public void Search_for_text_organization_location_and_type_renders_every_filter()
    {
        var query = new JobQuery { Text = "litig attor", Organization = "GIP", Location = "atlanta", EmploymentType = "full_time" };

        Assert.Equal(
            BsonDocument.Parse("""
                { "$and": [
                    { "status": "open" },
                    { "searchWords": "litig" },
                    { "searchWords": { "$regularExpression": { "pattern": "^attor", "options": "" } } },
                    { "$or": [{ "organizationIdLower": "gip" }, { "organizationNameLower": "gip" }] },
                    { "locationSearch": { "$regularExpression": { "pattern": "atlanta", "options": "" } } },
                    { "employmentTypeLower": "full_time" }] }
                """),
            Rendered.Filter(MongoQueries.Search(query)));
    }

    [Fact]
    public void Search_with_no_filter_lists_open_postings()
    {
        Assert.Equal(BsonDocument.Parse("""{ "status": "open" }"""), Rendered.Filter(MongoQueries.Search(new JobQuery())));
    }

    [Fact]
    public void Search_with_closed_postings_names_both_statuses_so_the_sort_index_still_serves()
    {
        Assert.Equal(
            BsonDocument.Parse("""{ "status": { "$in": ["open", "closed"] } }"""),
            Rendered.Filter(MongoQueries.Search(new JobQuery { IncludeClosed = true })));
    }

    [Fact]
    public void Search_matches_every_word_whole_but_the_last_which_is_a_prefix()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "$and": [
                    { "status": "open" },
                    { "searchWords": "senior" },
                    { "searchWords": "backend" },
                    { "searchWords": { "$regularExpression": { "pattern": "^engin", "options": "" } } }] }
                """),
            Rendered.Filter(MongoQueries.Search(new JobQuery { Text = "Senior, backend  ENGIN" })));
    }

    [Fact]
    public void Search_folds_case_and_diacritics_of_the_words_typed()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "$and": [
                    { "status": "open" },
                    { "searchWords": "zurich" },
                    { "searchWords": { "$regularExpression": { "pattern": "^geneve", "options": "" } } }] }
                """),
            Rendered.Filter(MongoQueries.Search(new JobQuery { Text = "ZÜRICH Genève" })));
    }

    [Theory]
    [InlineData("((( \"")]
    [InlineData("🙂")]
    [InlineData("   ")]
    [InlineData("'; DROP TABLE postings; --", "drop", "table", "postings")]
    [InlineData("^engineer OR", "engineer", "or")]
    [InlineData("{ \"$where\": \"1\" }", "where", "1")]
    public void Search_text_keeps_only_its_words_so_operators_are_never_read(string text, params string[] words)
    {
        var clauses = new BsonArray { new BsonDocument("status", "open") };
        foreach (var word in words.SkipLast(1))
        {
            clauses.Add(new BsonDocument("searchWords", word));
        }

        if (words.Length > 0)
        {
            clauses.Add(new BsonDocument("searchWords", new BsonRegularExpression("^" + words[^1])));
        }

        var expected = clauses.Count == 1 ? clauses[0].AsBsonDocument : new BsonDocument("$and", clauses);
        Assert.Equal(expected, Rendered.Filter(MongoQueries.Search(new JobQuery { Text = text })));
    }

    [Fact]
    public void Search_by_location_is_a_folded_substring_with_every_special_character_escaped()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "status": "open",
                  "locationSearch": { "$regularExpression": { "pattern": "100\\%\\ \\_re\\.mote\\*\\(\\[zürich", "options": "" } } }
                """),
            Rendered.Filter(MongoQueries.Search(new JobQuery { Location = "  100% _re.mote*([ZÜRICH " })));
    }

    [Fact]
    public void Search_by_employment_type_is_trimmed_and_folded()
    {
        Assert.Equal(
            BsonDocument.Parse("""{ "status": "open", "employmentTypeLower": "part_time" }"""),
            Rendered.Filter(MongoQueries.Search(new JobQuery { EmploymentType = " PART_TIME " })));
    }

    [Fact]
    public void Default_sort_is_date_posted_then_first_seen_newest_first_then_key()
    {
        Assert.Equal(
            BsonDocument.Parse("""{ "datePosted": -1, "firstSeen": -1, "_id": 1 }"""),
            Rendered.Sort(MongoQueries.DefaultSort));
    }

    [Fact]
    public void Sources_are_listed_by_id()
    {
        Assert.Equal(BsonDocument.Parse("""{ "_id": 1 }"""), Rendered.Sort(MongoQueries.SourceOrder));
    }

    [Fact]
    public void Open_postings_are_counted_per_source()
    {
        Assert.Equal(
            BsonArray.Create(new[]
            {
                BsonDocument.Parse("""{ "$match": { "status": "open" } }"""),
                BsonDocument.Parse("""{ "$group": { "_id": "$sourceId", "count": { "$sum": 1 } } }"""),
            }),
            Rendered.Pipeline(MongoQueries.OpenPostingsBySource));
    }

    [Fact]
    public void Source_health_is_derived_from_the_runs_in_one_pipeline()
    {
        var expected = new BsonArray
        {
            BsonDocument.Parse("""
                { "$group": {
                    "_id": "$sourceId",
                    "lastRunAt": { "$max": "$finishedAt" },
                    "lastSuccessAt": { "$max": { "$cond": ["$ok", "$finishedAt", null] } },
                    "lastSuccessStartedAt": { "$max": { "$cond": ["$ok", "$startedAt", null] } },
                    "lastFailure": { "$max": { "$cond": ["$ok", null, { "finishedAt": "$finishedAt", "error": "$error" }] } },
                    "latestReading": { "$max": { "$cond": [
                        { "$and": ["$ok", { "$not": ["$notModified"] }] },
                        { "startedAt": "$startedAt", "postingsFound": "$postingsFound" },
                        null] } },
                    "latestRun": { "$max": { "startedAt": "$startedAt", "finishedAt": "$finishedAt" } } } }
                """),
            BsonDocument.Parse("""
                { "$lookup": {
                    "from": "scrape_runs",
                    "let": { "sourceId": "$_id", "since": "$lastSuccessStartedAt" },
                    "pipeline": [
                        { "$match": { "$expr": { "$and": [
                            { "$eq": ["$sourceId", "$$sourceId"] },
                            { "$eq": ["$ok", false] },
                            { "$gt": ["$startedAt", "$$since"] }] } } },
                        { "$count": "count" }],
                    "as": "failuresSinceSuccess" } }
                """),
            BsonDocument.Parse("""
                { "$project": {
                    "lastRunAt": 1,
                    "lastSuccessAt": 1,
                    "lastFailureAt": "$lastFailure.finishedAt",
                    "lastError": "$lastFailure.error",
                    "consecutiveFailures": { "$ifNull": [{ "$arrayElemAt": ["$failuresSinceSuccess.count", 0] }, 0] },
                    "postingsFound": "$latestReading.postingsFound",
                    "latestStartedAt": "$latestRun.startedAt",
                    "latestFinishedAt": "$latestRun.finishedAt" } }
                """),
        };

        Assert.Equal(expected, Rendered.Pipeline(MongoQueries.SourceRunSummaries));
    }
}
