using JobAggregator.Contracts;
using JobAggregator.Store.MongoDb;
using JobAggregator.Store.Openings;
using JobAggregator.Store.Postings;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>How an organisation's postings are read for clustering and their clusters written back, rendered to BSON;
/// no server needed.</summary>
public sealed class MongoOpeningsWithoutServerTests
{
    private static readonly DateTime Since = new(2024, 9, 2, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Candidates_are_the_organisation_s_postings_seen_since_the_window_with_the_description_length_counted_by_the_server()
    {
        Assert.Equal(
            new BsonArray
            {
                BsonDocument.Parse("""
                    { "$match": { "content.organization.id": "gip", "lastSeen": { "$gte": { "$date": "2024-09-02T08:00:00Z" } } } }
                    """),
                BsonDocument.Parse("""
                    { "$project": {
                        "sourceId": 1, "content.organization.id": 1, "content.title": 1, "content.url": 1,
                        "content.datePosted": 1, "content.validThrough": 1,
                        "firstSeen": 1, "lastSeen": 1, "status": 1, "content.sourceOrganizationId": 1,
                        "content.salary.min": 1, "content.salary.max": 1,
                        "content.location.city": 1, "content.location.region": 1, "content.location.country": 1,
                        "clusterId": 1, "primary": 1, "clusterPosition": 1, "clusterSize": 1, "mergeReason": 1,
                        "descriptionLength": { "$strLenCP": { "$ifNull": ["$content.descriptionText", ""] } } } }
                    """),
                BsonDocument.Parse("""{ "$sort": { "_id": 1 } }"""),
            },
            Rendered.Pipeline(MongoOpenings.Candidates("gip", Since)));
    }

    [Fact]
    public void Window_is_180_days()
    {
        Assert.Equal(TimeSpan.FromDays(180), OpeningClusterer.Window);
    }

    [Theory]
    [InlineData("gip", true)]
    [InlineData("innocence-network", false)]
    [InlineData(null, false)]
    public void Candidate_is_from_its_own_source_when_the_source_belongs_to_the_posting_s_organisation(
        string? sourceOrganizationId, bool fromOwnSource)
    {
        var document = CandidateDocument("p-1", "gip-careers");
        document.Content = document.Content! with { SourceOrganizationId = sourceOrganizationId };

        Assert.Equal(fromOwnSource, document.ToCandidate().FromOwnSource);
    }

    [Fact]
    public void Candidate_read_from_the_pipeline_output_carries_what_the_clusterer_needs()
    {
        var output = BsonDocument.Parse("""
            { "_id": "p-1",
              "sourceId": "gip-careers",
              "content": {
                  "organization": { "id": "gip" },
                  "title": "Staff Attorney",
                  "url": "https://gip.example.test/jobs/staff-attorney",
                  "datePosted": "2025-02-27",
                  "validThrough": "2025-04-30",
                  "sourceOrganizationId": "gip",
                  "salary": { "min": null, "max": { "$numberDecimal": "60000" } },
                  "location": { "country": "US" } },
              "firstSeen": { "$date": "2025-03-01T08:00:00Z" },
              "lastSeen": { "$date": "2025-03-02T08:00:00Z" },
              "status": "closed",
              "descriptionLength": 1234 }
            """);

        var candidate = BsonSerializer.Deserialize<OpeningCandidateDocument>(output).ToCandidate();

        Assert.Equal(
            new OpeningCandidate(
                "p-1",
                "gip-careers",
                "gip",
                "Staff Attorney",
                "https://gip.example.test/jobs/staff-attorney",
                new DateOnly(2025, 2, 27),
                new DateOnly(2025, 4, 30),
                T0,
                T0.AddDays(1),
                PostingStatus.Closed,
                FromOwnSource: true,
                DescriptionLength: 1234,
                HasSalary: true,
                HasLocation: true),
            candidate);
    }

    [Fact]
    public void Pay_in_words_only_is_pay_stated_but_a_remote_flag_alone_is_no_place()
    {
        var document = CandidateDocument("p-1", "gip-careers");
        document.Content = document.Content! with
        {
            Salary = BsonSerializer.Deserialize<OpeningCandidateDocument>(
                BsonDocument.Parse("""{ "_id": "p-1", "content": { "salary": { "min": null, "max": null } } }""")).Content!.Salary,
            Location = new NormalizedLocation("Remote", null, null, null, true),
        };

        var candidate = document.ToCandidate();

        Assert.True(candidate.HasSalary);
        Assert.False(candidate.HasLocation);
        Assert.False(BsonSerializer.Deserialize<OpeningCandidateDocument>(BsonDocument.Parse("""{ "_id": "p-1" }""")).ToCandidate().HasSalary);
    }

    [Fact]
    public void Postings_that_dropped_out_of_the_window_stand_alone_again()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "content.organization.id": "gip", "lastSeen": { "$lt": { "$date": "2024-09-02T08:00:00Z" } }, "clusterSize": { "$gt": 1 } }
                """),
            Rendered.Filter(MongoOpenings.ClusteredOutsideWindow("gip", Since)));
        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": { "clusterId": null, "primary": true, "clusterPosition": 0, "clusterSize": 1, "mergeReason": null } }
                """),
            Rendered.Update(MongoOpenings.Release));
    }

    [Fact]
    public void Assignment_sets_the_cluster_its_primary_flag_place_size_and_reason()
    {
        var cluster = new OpeningCluster("opening-1", "own", ["own", "listed"], "same title at GIP");

        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": { "clusterId": "opening-1", "primary": false, "clusterPosition": 1, "clusterSize": 2, "mergeReason": "same title at GIP" } }
                """),
            Rendered.Update(MongoOpenings.Assign(cluster, 1)));
    }

    [Fact]
    public void Listing_copy_and_own_ad_of_one_opening_become_one_cluster_led_by_the_own_ad()
    {
        var listed = CandidateDocument("listed", "innocence-network");
        listed.Content = listed.Content! with { SourceOrganizationId = "innocence-network" };
        listed.DescriptionLength = 180;
        var own = CandidateDocument("own", "gip-careers");
        own.Content = own.Content! with { SourceOrganizationId = "gip" };
        own.DescriptionLength = 2400;
        List<OpeningCandidateDocument> candidates = [listed, own];

        var clusters = OpeningClusterer.Cluster(candidates.ConvertAll(c => c.ToCandidate()));
        var writes = MongoOpenings.Assignments(candidates, clusters);

        var cluster = Assert.Single(clusters);
        Assert.Equal(["own", "listed"], cluster.PostingIds);
        Assert.Equal(
            [
                (BsonDocument.Parse("""{ "_id": "own" }"""), Rendered.Update(MongoOpenings.Assign(cluster, 0))),
                (BsonDocument.Parse("""{ "_id": "listed" }"""), Rendered.Update(MongoOpenings.Assign(cluster, 1))),
            ],
            writes.Cast<UpdateOneModel<PostingDocument>>().Select(w => (Rendered.Filter(w.Filter), Rendered.Update(w.Update))));
        Assert.True(Rendered.Update(MongoOpenings.Assign(cluster, 0))["$set"]["primary"].AsBoolean);
    }

    [Fact]
    public void Postings_already_in_their_cluster_are_not_written_again()
    {
        var listed = CandidateDocument("listed", "innocence-network");
        var own = CandidateDocument("own", "gip-careers");
        var cluster = new OpeningCluster("opening-1", "own", ["own", "listed"], "same title");
        (own.ClusterId, own.Primary, own.ClusterPosition, own.ClusterSize, own.MergeReason) = ("opening-1", true, 0, 2, "same title");
        (listed.ClusterId, listed.Primary, listed.ClusterPosition, listed.ClusterSize, listed.MergeReason) = ("opening-1", false, 1, 2, "same title");

        Assert.Empty(MongoOpenings.Assignments([listed, own], [cluster]));

        listed.MergeReason = "an older reason";
        var write = Assert.IsType<UpdateOneModel<PostingDocument>>(Assert.Single(MongoOpenings.Assignments([listed, own], [cluster])));
        Assert.Equal(BsonDocument.Parse("""{ "_id": "listed" }"""), Rendered.Filter(write.Filter));
    }

    [Fact]
    public void Posting_alone_written_by_the_previous_version_is_assigned_its_cluster_of_one()
    {
        var alone = CandidateDocument("p-1", "gip-careers");
        alone.ClusterId = null;

        var clusters = OpeningClusterer.Cluster([alone.ToCandidate()]);
        var write = Assert.IsType<UpdateOneModel<PostingDocument>>(Assert.Single(MongoOpenings.Assignments([alone], clusters)));

        var set = Rendered.Update(write.Update)["$set"].AsBsonDocument;
        Assert.Equal((true, 0, 1, BsonNull.Value), (set["primary"].AsBoolean, set["clusterPosition"].AsInt32, set["clusterSize"].AsInt32, set["mergeReason"]));
        Assert.Equal(Assert.Single(clusters).ClusterId, set["clusterId"].AsString);
    }

    [Fact]
    public void Duplicate_read_by_its_id_shows_the_opening_under_the_primary_with_the_duplicate_seen_elsewhere()
    {
        var (own, listed) = ClusteredPair();

        var (primary, opening) = MongoPostingReader.Opening(listed, [own, listed]);

        Assert.Same(own, primary);
        Assert.Equal("own", opening.Id);
        Assert.Equal("https://gip.example.test/jobs/1", opening.Content.Url);
        Assert.Equal("same title at GIP", opening.MergeReason);
        Assert.Equal([new SeenElsewhere("listed", "innocence-network", "https://network.example.test/jobs/9", PostingStatus.Open)], opening.AlsoSeenAt);
        Assert.Equal(new NormalizedSalary(50000m, 60000m, "USD", "YEAR", "$50,000 - $60,000"), opening.Content.Salary);
    }

    [Fact]
    public void Cluster_caught_without_a_primary_is_shown_under_the_posting_asked_for()
    {
        var (own, listed) = ClusteredPair();
        own.Primary = false;

        var (primary, opening) = MongoPostingReader.Opening(listed, [own, listed]);

        Assert.Same(listed, primary);
        Assert.Equal("listed", opening.Id);
        Assert.Equal(["own"], opening.AlsoSeenAt.Select(s => s.PostingId));
    }

    [Fact]
    public void Posting_alone_reads_as_it_is_stored()
    {
        var alone = PostingDocument.Create(Posting("key-1"));

        Assert.Equal(alone.ToStoredPosting(), MongoPostingReader.Merged(alone, []));
    }

    /// <summary>The own ad (primary, no pay stated) and the network's listing of it (pay stated), clustered.</summary>
    private static (PostingDocument Own, PostingDocument Listed) ClusteredPair()
    {
        var own = PostingDocument.Create(Posting("own", sourceId: "gip-careers") with
        {
            Url = "https://gip.example.test/jobs/1",
            SourceOrganizationId = "gip",
        });
        var listed = PostingDocument.Create(Posting("listed", sourceId: "innocence-network") with
        {
            Url = "https://network.example.test/jobs/9",
            Salary = new NormalizedSalary(50000m, 60000m, "USD", "YEAR", "$50,000 - $60,000"),
            SourceOrganizationId = "innocence-network",
        });
        foreach (var (document, position) in new[] { (own, 0), (listed, 1) })
        {
            document.ClusterId = "opening-1";
            document.Primary = position == 0;
            document.ClusterPosition = position;
            document.ClusterSize = 2;
            document.MergeReason = "same title at GIP";
        }

        return (own, listed);
    }

    private static OpeningCandidateDocument CandidateDocument(string id, string sourceId) => new()
    {
        Id = id,
        SourceId = sourceId,
        Content = Posting(id) with
        {
            SourceId = sourceId,
            Organization = new NormalizedOrganization("gip", "Georgia Innocence Project"),
            Title = "Staff Attorney",
            DatePosted = new DateOnly(2025, 2, 27),
            Location = new NormalizedLocation(null, "Atlanta", "GA", "US", false),
            Url = null,
            DescriptionText = null,
        },
        FirstSeen = MongoValues.Instant(T0),
        LastSeen = MongoValues.Instant(T0.AddDays(1)),
        Status = MongoValues.Open,
        ClusterId = id,
    };
}
