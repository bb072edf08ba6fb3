using System.Globalization;
using JobAggregator.Contracts;
using JobAggregator.Store.MongoDb;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The documents as the driver writes and reads them, through their class maps; no server needed.</summary>
public sealed class MongoDocumentsWithoutServerTests
{
    private static readonly PostingNormalized FullPosting = new(
        "acme-careers",
        new Guid("6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b"),
        new DateTimeOffset(2025, 3, 1, 10, 15, 30, 123, TimeSpan.FromHours(2)),
        "key-1",
        "Warehouse Associate",
        new NormalizedOrganization("acme-logistics", "Acme Logistics GmbH"),
        new NormalizedLocation("Zürich, Switzerland", "Zürich", "ZH", "CH", true),
        "PART_TIME",
        new NormalizedSalary(17.89m, 50.98m, "CHF", "HOUR", "CHF 17.89 – 50.98 per hour"),
        new DateOnly(2025, 2, 27),
        new DateOnly(2025, 4, 30),
        "<p>Lift <strong>boxes</strong></p>",
        "Lift boxes",
        "https://jobs.example.test/1",
        "https://jobs.example.test/1/apply",
        "json-ld",
        "sha256:abc");

    [Fact]
    public void New_posting_is_written_with_camel_case_fields_decimal128_amounts_utc_dates_and_date_strings()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "_id": "key-1",
                  "sourceId": "acme-careers",
                  "title": "Warehouse Associate",
                  "organization": { "id": "acme-logistics", "name": "Acme Logistics GmbH" },
                  "location": { "text": "Zürich, Switzerland", "city": "Zürich", "region": "ZH", "country": "CH", "remote": true },
                  "employmentType": "PART_TIME",
                  "salary": {
                      "min": { "$numberDecimal": "17.89" },
                      "max": { "$numberDecimal": "50.98" },
                      "currency": "CHF",
                      "period": "HOUR",
                      "text": "CHF 17.89 – 50.98 per hour" },
                  "datePosted": "2025-02-27",
                  "validThrough": "2025-04-30",
                  "descriptionHtml": "<p>Lift <strong>boxes</strong></p>",
                  "descriptionText": "Lift boxes",
                  "url": "https://jobs.example.test/1",
                  "applyUrl": "https://jobs.example.test/1/apply",
                  "extractedBy": "json-ld",
                  "contentHash": "sha256:abc",
                  "firstSeen": { "$date": "2025-03-01T08:15:30.123Z" },
                  "lastSeen": { "$date": "2025-03-01T08:15:30.123Z" },
                  "updated": null,
                  "closedAt": null,
                  "closedByRunStartedAt": null,
                  "status": "open",
                  "version": { "$numberLong": "0" },
                  "organizationIdLower": "acme-logistics",
                  "organizationNameLower": "acme logistics gmbh",
                  "locationSearch": "zürich, switzerland\nzürich\nzh\nch",
                  "employmentTypeLower": "part_time",
                  "searchWords": ["warehouse", "associate", "acme", "logistics", "gmbh", "zurich", "switzerland", "zh", "ch", "lift", "boxes"] }
                """),
            Rendered.Document(PostingDocument.Create(FullPosting)));
    }

    [Fact]
    public void Posting_reads_back_every_field_exactly()
    {
        var bson = Rendered.Document(PostingDocument.Create(FullPosting));

        var stored = BsonSerializer.Deserialize<PostingDocument>(bson).ToStoredPosting();

        var scrapedAt = FullPosting.ScrapedAt;
        Assert.Equal(
            new StoredPosting(
                "key-1",
                "acme-careers",
                "Warehouse Associate",
                FullPosting.Organization,
                FullPosting.Location,
                "PART_TIME",
                FullPosting.Salary,
                new DateOnly(2025, 2, 27),
                new DateOnly(2025, 4, 30),
                "<p>Lift <strong>boxes</strong></p>",
                "Lift boxes",
                "https://jobs.example.test/1",
                "https://jobs.example.test/1/apply",
                "json-ld",
                "sha256:abc",
                scrapedAt,
                scrapedAt,
                null,
                null,
                PostingStatus.Open),
            stored);
        Assert.Equal("17.89", stored.Salary!.Min!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("50.98", stored.Salary.Max!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Posting_without_optional_fields_writes_nulls_and_reads_them_back()
    {
        var posting = Posting("key-1") with
        {
            Location = new NormalizedLocation(null, null, null, null, false),
            EmploymentType = null,
            DescriptionText = null,
            Url = null,
        };

        var bson = Rendered.Document(PostingDocument.Create(posting));
        var stored = BsonSerializer.Deserialize<PostingDocument>(bson).ToStoredPosting();

        Assert.Equal(BsonNull.Value, bson["salary"]);
        Assert.Equal(BsonNull.Value, bson["employmentTypeLower"]);
        Assert.Equal("", bson["locationSearch"].AsString);
        Assert.Equal(new NormalizedLocation(null, null, null, null, false), stored.Location);
        Assert.Null(stored.EmploymentType);
        Assert.Null(stored.Salary);
        Assert.Null(stored.DatePosted);
        Assert.Null(stored.DescriptionText);
        Assert.Null(stored.Url);
    }

    [Fact]
    public void Salary_with_text_only_stays_a_salary()
    {
        var salary = new NormalizedSalary(null, null, null, null, "Competitive");
        var bson = Rendered.Document(PostingDocument.Create(Posting("key-1") with { Salary = salary }));

        Assert.Equal(salary, BsonSerializer.Deserialize<PostingDocument>(bson).ToStoredPosting().Salary);
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("36000")]
    [InlineData("36000.00")]
    [InlineData("45000.5")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public void Decimal_amounts_keep_their_digits_and_scale(string amount)
    {
        var value = decimal.Parse(amount, CultureInfo.InvariantCulture);
        var bson = Rendered.Document(PostingDocument.Create(Posting("key-1") with { Salary = new NormalizedSalary(value, null, null, null, null) }));

        var read = BsonSerializer.Deserialize<PostingDocument>(bson).ToStoredPosting().Salary!.Min!.Value;

        Assert.Equal(BsonType.Decimal128, bson["salary"]["min"].BsonType);
        Assert.Equal(amount, read.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Instants_are_kept_to_the_millisecond_in_utc()
    {
        var scrapedAt = new DateTimeOffset(2025, 3, 1, 10, 15, 30, 123, TimeSpan.FromHours(2)).AddTicks(4567);

        var bson = Rendered.Document(PostingDocument.Create(Posting("key-1", scrapedAt)));

        Assert.Equal(BsonDocument.Parse("""{ "d": { "$date": "2025-03-01T08:15:30.123Z" } }""")["d"], bson["lastSeen"]);
        Assert.Equal(
            scrapedAt.AddTicks(-4567),
            BsonSerializer.Deserialize<PostingDocument>(bson).ToStoredPosting().LastSeen);
    }

    [Fact]
    public void Completed_run_is_written_as_a_success_with_its_counts()
    {
        var run = Completed(T0, ["key-1", "key-2"], runId: new Guid("6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b"), notModified: false);

        Assert.Equal(
            BsonDocument.Parse("""
                { "_id": "6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b",
                  "sourceId": "acme-careers",
                  "startedAt": { "$date": "2025-03-01T08:00:00Z" },
                  "finishedAt": { "$date": "2025-03-01T08:02:00Z" },
                  "ok": true,
                  "notModified": false,
                  "postingsFound": 2,
                  "pagesFetched": 1,
                  "extractedBy": "json-ld",
                  "closedPostings": 3,
                  "error": null,
                  "httpStatus": null,
                  "url": null }
                """),
            Rendered.Document(ScrapeRunDocument.Completed(run, closedPostings: 3)));
    }

    [Fact]
    public void Revision_records_old_and_new_hash_and_the_run()
    {
        var state = new PostingStateDocument { Id = "key-1", ContentHash = "hash-1" };
        var posting = Posting("key-1", T0.AddHours(1), hash: "hash-2", runId: new Guid("6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b"));

        var bson = Rendered.Document(MongoPostingCommands.Revision(state, posting));

        // The driver fills the empty ObjectId in on insert.
        bson.Remove("_id");
        Assert.Equal(
            BsonDocument.Parse("""
                { "postingId": "key-1",
                  "at": { "$date": "2025-03-01T09:00:00Z" },
                  "oldHash": "hash-1",
                  "newHash": "hash-2",
                  "scrapeRunId": "6f1d2c3b-4a59-4e8d-9c7b-2a1f0e3d4c5b" }
                """),
            bson);
    }

    [Fact]
    public void Source_health_pipeline_output_reads_into_its_summary()
    {
        var output = BsonDocument.Parse("""
            { "_id": "acme-careers",
              "lastRunAt": { "$date": "2025-03-01T11:00:30Z" },
              "lastSuccessAt": { "$date": "2025-03-01T10:02:00Z" },
              "lastFailureAt": { "$date": "2025-03-01T11:00:30Z" },
              "lastError": "HTTP 500",
              "consecutiveFailures": 1,
              "postingsFound": 2,
              "latestStartedAt": { "$date": "2025-03-01T11:00:00Z" },
              "latestFinishedAt": { "$date": "2025-03-01T11:00:30Z" } }
            """);

        var summary = BsonSerializer.Deserialize<SourceRunSummary>(output);

        Assert.Equal("acme-careers", summary.SourceId);
        Assert.Equal(new DateTime(2025, 3, 1, 11, 0, 30, DateTimeKind.Utc), summary.LastRunAt);
        Assert.Equal(new DateTime(2025, 3, 1, 10, 2, 0, DateTimeKind.Utc), summary.LastSuccessAt);
        Assert.Equal(new DateTime(2025, 3, 1, 11, 0, 30, DateTimeKind.Utc), summary.LastFailureAt);
        Assert.Equal("HTTP 500", summary.LastError);
        Assert.Equal(1, summary.ConsecutiveFailures);
        Assert.Equal(2, summary.PostingsFound);
        Assert.Equal(TimeSpan.FromSeconds(30), summary.LatestFinishedAt - summary.LatestStartedAt);
    }

    [Fact]
    public void Source_health_of_a_source_that_never_ran_has_no_figures()
    {
        var summary = BsonSerializer.Deserialize<SourceRunSummary>(
            BsonDocument.Parse("""{ "_id": "acme-careers", "lastRunAt": null, "lastSuccessAt": null, "consecutiveFailures": 0 }"""));

        Assert.Null(summary.LastRunAt);
        Assert.Null(summary.LastFailureAt);
        Assert.Null(summary.PostingsFound);
        Assert.Null(summary.LatestStartedAt);
    }

    [Fact]
    public void Open_postings_count_reads_into_its_record()
    {
        var count = BsonSerializer.Deserialize<SourcePostingCount>(BsonDocument.Parse("""{ "_id": "acme-careers", "count": 2 }"""));

        Assert.Equal(("acme-careers", 2), (count.SourceId, count.Count));
    }

    [Theory]
    [InlineData("berlin", "berlin")]
    [InlineData("100% _x", @"100\%\ \_x")]
    [InlineData(@"a.b*c+d?e(f)g[h]i{j}k|l^m$n\o/p", @"a\.b\*c\+d\?e\(f\)g\[h\]i\{j\}k\|l\^m\$n\\o\/p")]
    [InlineData("zürich", "zürich")]
    [InlineData("a\0b", @"a\x00b")]
    public void Regex_literal_escapes_every_ascii_character_but_letters_and_digits(string text, string pattern)
    {
        Assert.Equal(pattern, MongoValues.RegexLiteral(text));
    }
}
