using System.Globalization;
using JobAggregator.Contracts;
using JobAggregator.Store.Lifecycle;
using JobAggregator.Store.Postings;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Lifecycle;

/// <summary>Every rule for one posting message, without a database: times are hours after <see cref="Messages.T0"/>
/// (1 March 2025), so 28 February is past.</summary>
public sealed class PostingLifecycleTests
{
    [Theory]
    // rule, stored status (null: none stored), stored last seen, closed by, stored valid-through,
    // message scraped at, content hash, valid-through, open until filled, expected write, status change, restarts missed runs
    [InlineData("new posting is inserted open", null, 0, null, null, 0, "hash-1", null, false, "Insert", "None", false)]
    [InlineData("new posting past its valid-through is inserted closed as expired", null, 0, null, null, 0, "hash-1", "2025-02-28", false, "Insert", "Expire", false)]
    [InlineData("new posting past its valid-through but open until filled is inserted open", null, 0, null, null, 0, "hash-1", "2025-02-28", true, "Insert", "None", false)]
    [InlineData("message older than the last sighting changes nothing", "open", 2, null, null, 1, "hash-2", null, false, "IgnoreOlder", "None", false)]
    [InlineData("message older than the last sighting never reopens", "closed", 2, 3, null, 1, "hash-1", null, false, "IgnoreOlder", "None", false)]
    [InlineData("last sighting delivered again is no new sighting", "open", 1, null, null, 1, "hash-1", null, false, "IgnoreRedelivery", "None", false)]
    [InlineData("later sighting with the same content marks seen and starts the missed runs over", "open", 1, null, null, 2, "hash-1", null, false, "MarkSeen", "None", true)]
    [InlineData("later sighting with a changed content hash is a revision", "open", 1, null, null, 2, "hash-2", null, false, "Revise", "None", true)]
    [InlineData("changed content at the last sighting's instant is a revision that keeps the missed runs", "open", 1, null, null, 1, "hash-2", null, false, "Revise", "None", false)]
    [InlineData("closed posting seen after the closing run started reopens", "closed", 0, 1, null, 2, "hash-1", null, false, "MarkSeen", "Reopen", true)]
    [InlineData("closed posting seen before the closing run started stays closed", "closed", 0, 2, null, 1, "hash-1", null, false, "MarkSeen", "None", true)]
    [InlineData("closed posting seen at the closing run's start stays closed", "closed", 0, 2, null, 2, "hash-1", null, false, "MarkSeen", "None", true)]
    [InlineData("gone posting delivered again after its run started reopens without a new sighting", "closed", 2, 1, null, 2, "hash-1", null, false, "MarkSeen", "Reopen", false)]
    [InlineData("expired posting seen again unchanged stays closed", "closed", 0, 1, "2025-02-28", 2, "hash-1", "2025-02-28", false, "MarkSeen", "None", true)]
    [InlineData("expired posting seen with a later deadline reopens", "closed", 0, 1, "2025-02-28", 2, "hash-2", "2025-04-10", false, "Revise", "Reopen", true)]
    [InlineData("open posting seen unchanged past its valid-through expires", "open", 0, null, "2025-02-28", 2, "hash-1", "2025-02-28", false, "MarkSeen", "Expire", true)]
    [InlineData("open posting whose new version is past its valid-through expires", "open", 0, null, null, 2, "hash-2", "2025-02-28", false, "Revise", "Expire", true)]
    [InlineData("open posting open until filled never expires", "open", 0, null, "2025-02-28", 2, "hash-1", "2025-02-28", true, "MarkSeen", "None", true)]
    public void Decides_each_sighting(
        string rule,
        string? storedStatus,
        int storedLastSeen,
        int? closedBy,
        string? storedValidThrough,
        int scrapedAt,
        string hash,
        string? validThrough,
        bool openUntilFilled,
        string write,
        string statusChange,
        bool restartsMissedRuns)
    {
        var stored = storedStatus is null
            ? null
            : new PostingLifecycleState(
                "key-1",
                Source,
                "acme",
                "hash-1",
                storedStatus == "closed" ? PostingStatus.Closed : PostingStatus.Open,
                Hour(storedLastSeen),
                Day(storedValidThrough),
                openUntilFilled)
            {
                ClosedBy = closedBy is { } by ? Hour(by) : null,
                MissedRuns = 1,
            };
        var message = Posting("key-1", Hour(scrapedAt), hash) with
        {
            ValidThrough = Day(validThrough),
            OpenUntilFilled = openUntilFilled,
        };

        var decision = PostingLifecycle.Decide(stored, message);

        Assert.True(
            (Enum.Parse<PostingWrite>(write), Enum.Parse<PostingStatusChange>(statusChange), restartsMissedRuns)
                == (decision.Write, decision.StatusChange, decision.RestartsMissedRuns),
            $"{rule}: decided {decision.Write}, {decision.StatusChange}, restarts missed runs {decision.RestartsMissedRuns}");
    }

    [Fact]
    public void Expiry_at_a_sighting_closes_when_and_as_of_the_sighting()
    {
        var stored = State(lastSeen: 0);
        var message = Posting("key-1", Hour(2), "hash-2") with { ValidThrough = new DateOnly(2025, 2, 28) };

        Assert.Equal(
            new PostingClosing(ClosedReasons.Expired, Hour(2), Hour(2)),
            PostingLifecycle.Decide(stored, message).Closing);
    }

    [Fact]
    public void Insert_reclusters_its_organisation()
    {
        Assert.Equal(["acme"], PostingLifecycle.Decide(null, Posting("key-1")).ReclusterOrganizations);
    }

    [Fact]
    public void Revision_that_moves_the_posting_to_another_organisation_reclusters_both()
    {
        var message = Posting("key-1", Hour(1), "hash-2") with { Organization = new NormalizedOrganization("globex", "Globex") };

        Assert.Equal(["acme", "globex"], PostingLifecycle.Decide(State(lastSeen: 0), message).ReclusterOrganizations);
    }

    [Fact]
    public void Mere_sighting_reclusters_nothing_and_a_reopening_its_organisation()
    {
        var open = State(lastSeen: 0);
        var closed = State(lastSeen: 0) with { Status = PostingStatus.Closed, ClosedBy = Hour(1) };

        Assert.Empty(PostingLifecycle.Decide(open, Posting("key-1", Hour(2))).ReclusterOrganizations);
        Assert.Equal(["acme"], PostingLifecycle.Decide(closed, Posting("key-1", Hour(2))).ReclusterOrganizations);
    }

    private static PostingLifecycleState State(int lastSeen) =>
        new("key-1", Source, "acme", "hash-1", PostingStatus.Open, Hour(lastSeen), null, false);

    private static DateTimeOffset Hour(int hours) => T0.AddHours(hours);

    private static DateOnly? Day(string? text) =>
        text is null ? null : DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
