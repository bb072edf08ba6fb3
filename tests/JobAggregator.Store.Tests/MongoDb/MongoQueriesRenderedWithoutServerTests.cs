using JobAggregator.Store.MongoDb;
using JobAggregator.Store.Reading;
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
                    { "primary": true },
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
        Assert.Equal(
            BsonDocument.Parse("""{ "status": "open", "primary": true }"""),
            Rendered.Filter(MongoQueries.Search(new JobQuery())));
    }

    [Fact]
    public void Search_with_closed_postings_names_both_statuses_so_the_sort_index_still_serves()
    {
        Assert.Equal(
            BsonDocument.Parse("""{ "status": { "$in": ["open", "closed"] }, "primary": true }"""),
            Rendered.Filter(MongoQueries.Search(new JobQuery { IncludeClosed = true })));
    }

    [Fact]
    public void Search_matches_every_word_whole_but_the_last_which_is_a_prefix()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "$and": [
                    { "status": "open" },
                    { "primary": true },
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
                    { "primary": true },
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
        var clauses = new BsonArray { new BsonDocument("status", "open"), new BsonDocument("primary", true) };
        foreach (var word in words.SkipLast(1))
        {
            clauses.Add(new BsonDocument("searchWords", word));
        }

        if (words.Length > 0)
        {
            clauses.Add(new BsonDocument("searchWords", new BsonRegularExpression("^" + words[^1])));
        }

        var expected = clauses.Count == 2
            ? new BsonDocument { { "status", "open" }, { "primary", true } }
            : new BsonDocument("$and", clauses);
        Assert.Equal(expected, Rendered.Filter(MongoQueries.Search(new JobQuery { Text = text })));
    }

    [Fact]
    public void Search_by_location_is_a_folded_substring_with_every_special_character_escaped()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "status": "open",
                  "primary": true,
                  "locationSearch": { "$regularExpression": { "pattern": "100\\%\\ \\_re\\.mote\\*\\(\\[zürich", "options": "" } } }
                """),
            Rendered.Filter(MongoQueries.Search(new JobQuery { Location = "  100% _re.mote*([ZÜRICH " })));
    }

    [Fact]
    public void Search_by_employment_type_is_trimmed_and_folded()
    {
        Assert.Equal(
            BsonDocument.Parse("""{ "status": "open", "primary": true, "employmentTypeLower": "part_time" }"""),
            Rendered.Filter(MongoQueries.Search(new JobQuery { EmploymentType = " PART_TIME " })));
    }

    [Fact]
    public void Search_by_country_remote_category_and_language_folds_each_value()
    {
        var query = new JobQuery { Country = " us ", Remote = true, Category = "Attorney", Language = "EN" };

        Assert.Equal(
            BsonDocument.Parse("""
                { "status": "open", "primary": true, "countryLower": "us", "remoteOrHybrid": true, "content.categories": "attorney", "languageLower": "en" }
                """),
            Rendered.Filter(MongoQueries.Search(query)));
    }

    [Fact]
    public void Search_for_on_site_postings_leaves_remote_and_hybrid_out()
    {
        Assert.Equal(
            BsonDocument.Parse("""{ "status": "open", "primary": true, "remoteOrHybrid": false }"""),
            Rendered.Filter(MongoQueries.Search(new JobQuery { Remote = false })));
    }

    [Fact]
    public void Search_by_minimum_yearly_pay_compares_decimal128_and_names_the_currency_when_given()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "status": "open", "primary": true, "annualPay": { "$gte": { "$numberDecimal": "50000.50" } }, "content.salary.currency": "EUR" }
                """),
            Rendered.Filter(MongoQueries.Search(new JobQuery { MinAnnualSalary = 50000.50m, SalaryCurrency = " eur " })));
        Assert.Equal(
            BsonDocument.Parse("""{ "status": "open", "primary": true, "annualPay": { "$gte": { "$numberDecimal": "40000" } } }"""),
            Rendered.Filter(MongoQueries.Search(new JobQuery { MinAnnualSalary = 40000m })));
    }

    [Fact]
    public void Currency_without_a_minimum_pay_filters_nothing()
    {
        Assert.Equal(
            BsonDocument.Parse("""{ "status": "open", "primary": true }"""),
            Rendered.Filter(MongoQueries.Search(new JobQuery { SalaryCurrency = "EUR" })));
    }

    [Fact]
    public void Search_by_posted_since_compares_the_effective_posting_day()
    {
        Assert.Equal(
            BsonDocument.Parse("""{ "status": "open", "primary": true, "effectivePosted": { "$gte": "2025-02-15" } }"""),
            Rendered.Filter(MongoQueries.Search(new JobQuery { PostedSince = new DateOnly(2025, 2, 15) })));
    }

    [Theory]
    [InlineData(JobSort.Newest, """{ "effectivePosted": -1, "firstSeen": -1, "_id": 1 }""")]
    [InlineData(JobSort.Salary, """{ "annualPay": -1, "effectivePosted": -1, "firstSeen": -1, "_id": 1 }""")]
    [InlineData(JobSort.ClosingSoon, """{ "validThroughOrLast": 1, "effectivePosted": -1, "firstSeen": -1, "_id": 1 }""")]
    public void Each_sort_renders_its_keys_then_newest_first_then_key(JobSort sort, string expected)
    {
        Assert.Equal(BsonDocument.Parse(expected), Rendered.Sort(MongoQueries.Sort(sort)));
    }

    [Theory]
    [InlineData(JobSort.Newest, "ix_status_primary_effectivePosted_firstSeen")]
    [InlineData(JobSort.Salary, "ix_status_primary_annualPay")]
    [InlineData(JobSort.ClosingSoon, "ix_status_primary_validThroughOrLast")]
    public void Each_sort_is_the_tail_of_an_index_led_by_status_and_primary(JobSort sort, string indexName)
    {
        var index = MongoIndexes.Postings.Select(Rendered.Index).Single(i => i["name"] == indexName)["key"].AsBsonDocument;

        var expected = new BsonDocument { { "status", 1 }, { "primary", 1 } };
        expected.AddRange(Rendered.Sort(MongoQueries.Sort(sort)));
        Assert.Equal(expected, index);
    }

    [Fact]
    public void Other_members_of_a_page_s_openings_are_found_by_cluster_without_the_page_s_postings_in_cluster_order()
    {
        Assert.Equal(
            BsonDocument.Parse("""{ "clusterId": { "$in": ["c-1", "c-2"] }, "_id": { "$nin": ["p-1", "p-2"] } }"""),
            Rendered.Filter(MongoQueries.ClusterMembers(["c-1", "c-2"]) & MongoQueries.NotAmong(["p-1", "p-2"])));
        Assert.Equal(
            BsonDocument.Parse("""{ "clusterId": 1, "clusterPosition": 1, "_id": 1 }"""),
            Rendered.Sort(MongoQueries.ClusterOrder));
    }

    [Fact]
    public void Revisions_of_a_posting_are_read_oldest_first()
    {
        Assert.Equal(BsonDocument.Parse("""{ "postingId": "key-1" }"""), Rendered.Filter(MongoQueries.RevisionsOf("key-1")));
        Assert.Equal(BsonDocument.Parse("""{ "at": 1, "_id": 1 }"""), Rendered.Sort(MongoQueries.RevisionOrder));
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
    public void Source_summaries_are_derived_from_the_runs_in_one_pipeline()
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
                        { "startedAt": "$startedAt", "postingsFound": "$postingsFound", "noPostingsReason": "$noPostingsReason", "explanation": "$explanation", "partialDrop": "$partialDrop" },
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
                { "$lookup": {
                    "from": "scrape_runs",
                    "let": { "sourceId": "$_id", "before": "$latestReading.startedAt" },
                    "pipeline": [
                        { "$match": { "$expr": { "$and": [
                            { "$eq": ["$sourceId", "$$sourceId"] },
                            { "$eq": ["$ok", true] },
                            { "$eq": ["$notModified", false] },
                            { "$lt": ["$startedAt", "$$before"] }] } } },
                        { "$sort": { "startedAt": -1 } },
                        { "$limit": 1 },
                        { "$project": { "_id": 0, "postingsFound": 1 } }],
                    "as": "previousReading" } }
                """),
            BsonDocument.Parse("""
                { "$project": {
                    "lastRunAt": 1,
                    "lastSuccessAt": 1,
                    "lastFailureAt": "$lastFailure.finishedAt",
                    "lastError": "$lastFailure.error",
                    "consecutiveFailures": { "$ifNull": [{ "$arrayElemAt": ["$failuresSinceSuccess.count", 0] }, 0] },
                    "postingsFound": "$latestReading.postingsFound",
                    "noPostingsReason": "$latestReading.noPostingsReason",
                    "explanation": "$latestReading.explanation",
                    "partialDrop": { "$eq": ["$latestReading.partialDrop", true] },
                    "previousPostingsFound": { "$arrayElemAt": ["$previousReading.postingsFound", 0] },
                    "readingStartedAt": "$latestReading.startedAt",
                    "latestStartedAt": "$latestRun.startedAt",
                    "latestFinishedAt": "$latestRun.finishedAt" } }
                """),
        };

        Assert.Equal(expected, Rendered.Pipeline(MongoQueries.SourceRunSummaries));
    }
}
