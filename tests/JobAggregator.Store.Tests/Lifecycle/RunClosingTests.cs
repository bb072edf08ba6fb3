using JobAggregator.Contracts;
using JobAggregator.Store.Lifecycle;
using JobAggregator.Store.Postings;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Lifecycle;

/// <summary>Every rule for what a run closes, without a database. The run starts at <see cref="Messages.T0"/> plus
/// one hour and finishes two minutes later; the posting is key-1 of its source, first seen at T0.</summary>
public sealed class RunClosingTests
{
    /// <summary>How the run read its source's listing.</summary>
    public enum RunShape
    {
        /// <summary>An API or feed listing other postings.</summary>
        Feed,

        /// <summary>An HTML listing of other postings.</summary>
        Html,

        /// <summary>An API or feed whose page was unchanged (HTTP 304).</summary>
        FeedNotModified,

        /// <summary>An API or feed that listed nothing.</summary>
        FeedEmpty,

        /// <summary>An API or feed listing cut short by the page bound.</summary>
        FeedTruncated,

        /// <summary>A failed run.</summary>
        Failed,
    }

    [Theory]
    // rule, run, listed, gone, status, missed runs, seen during the run, of another source, past valid-through,
    // already counted by this run, expected missed runs, expected closed reason
    [InlineData("feed run closes an unlisted posting at its first miss", RunShape.Feed, false, false, "open", 0, false, false, false, false, 1, ClosedReasons.Missing)]
    [InlineData("html run counts an unlisted posting's first miss", RunShape.Html, false, false, "open", 0, false, false, false, false, 1, null)]
    [InlineData("html run closes an unlisted posting at its second miss", RunShape.Html, false, false, "open", 1, false, false, false, false, 2, ClosedReasons.Missing)]
    [InlineData("listed posting stays open", RunShape.Feed, true, false, "open", 0, false, false, false, false, 0, null)]
    [InlineData("listing a posting starts its missed runs over", RunShape.Html, true, false, "open", 1, false, false, false, false, 0, null)]
    [InlineData("listing a closed posting starts its missed runs over and leaves it closed", RunShape.Html, true, false, "closed", 2, false, false, false, false, 0, null)]
    [InlineData("posting seen since the run started is not missed", RunShape.Feed, false, false, "open", 0, true, false, false, false, 0, null)]
    [InlineData("miss already counted by the same run counts once", RunShape.Html, false, false, "open", 1, false, false, false, true, 1, null)]
    [InlineData("closed posting is not counted", RunShape.Feed, false, false, "closed", 1, false, false, false, false, 1, null)]
    [InlineData("posting of another source is not counted", RunShape.Feed, false, false, "open", 0, false, true, false, false, 0, null)]
    [InlineData("not-modified run counts nothing", RunShape.FeedNotModified, false, false, "open", 0, false, false, false, false, 0, null)]
    [InlineData("empty run counts nothing", RunShape.FeedEmpty, false, false, "open", 1, false, false, false, false, 1, null)]
    [InlineData("truncated listing counts nothing", RunShape.FeedTruncated, false, false, "open", 0, false, false, false, false, 0, null)]
    [InlineData("failed run counts nothing", RunShape.Failed, false, false, "open", 1, false, false, false, false, 1, null)]
    [InlineData("gone posting closes at once as gone", RunShape.Html, false, true, "open", 0, false, false, false, false, 0, ClosedReasons.Gone)]
    [InlineData("gone posting closes as gone even when listed", RunShape.Feed, true, true, "open", 1, false, false, false, false, 0, ClosedReasons.Gone)]
    [InlineData("gone posting closes as gone from a run that listed nothing", RunShape.FeedEmpty, false, true, "open", 0, false, false, false, false, 0, ClosedReasons.Gone)]
    [InlineData("gone key of another source closes nothing", RunShape.Feed, false, true, "open", 0, true, true, false, false, 0, null)]
    [InlineData("posting past its valid-through closes as expired", RunShape.Feed, true, false, "open", 0, false, false, true, false, 0, ClosedReasons.Expired)]
    [InlineData("posting of another source past its valid-through closes as expired", RunShape.Feed, false, false, "open", 0, false, true, true, false, 0, ClosedReasons.Expired)]
    [InlineData("failed run closes postings past their valid-through", RunShape.Failed, false, false, "open", 0, false, false, true, false, 0, ClosedReasons.Expired)]
    [InlineData("not-modified run closes postings past their valid-through", RunShape.FeedNotModified, false, false, "open", 0, false, false, true, false, 0, ClosedReasons.Expired)]
    [InlineData("html miss that does not close still expires", RunShape.Html, false, false, "open", 0, false, false, true, false, 1, ClosedReasons.Expired)]
    [InlineData("closed posting past its valid-through stays as it is", RunShape.Feed, true, false, "closed", 0, false, false, true, false, 0, null)]
    public void Plans_each_posting(
        string rule,
        RunShape shape,
        bool listed,
        bool gone,
        string status,
        int missedRuns,
        bool seenDuringRun,
        bool ofOtherSource,
        bool pastValidThrough,
        bool countedAlready,
        int expectedMissedRuns,
        string? expectedClosedReason)
    {
        var runId = Guid.NewGuid();
        var posting = new PostingLifecycleState(
            "key-1",
            ofOtherSource ? "other-source" : Source,
            "acme",
            "hash-1",
            status == "closed" ? PostingStatus.Closed : PostingStatus.Open,
            seenDuringRun ? Started.AddMinutes(1) : T0,
            pastValidThrough ? new DateOnly(2025, 2, 28) : null,
            false)
        {
            MissedRuns = missedRuns,
            MissedByRunId = countedAlready ? runId : null,
        };

        var changes = shape == RunShape.Failed
            ? RunClosing.Plan(Failed(Started, runId: runId), [posting])
            : RunClosing.Plan(Run(shape, runId, listed, gone), [posting]);

        var change = changes.SingleOrDefault();
        var (actualMissedRuns, actualReason) = (change?.MissedRuns ?? missedRuns, change?.Closing?.Reason);
        Assert.True(
            (expectedMissedRuns, expectedClosedReason) == (actualMissedRuns, actualReason),
            $"{rule}: missed runs {actualMissedRuns}, closed as {actualReason ?? "nothing"}");
    }

    [Fact]
    public void Closing_by_the_listing_is_dated_when_the_run_finished_and_reopenable_after_it_started()
    {
        var run = Completed(Started, ["other"]) with { GonePostingKeys = ["key-2"] };

        var changes = RunClosing.Plan(run, [Open("key-1"), Open("key-2")]);

        Assert.Equal(
            [
                ("key-1", new PostingClosing(ClosedReasons.Missing, run.FinishedAt, run.StartedAt)),
                ("key-2", new PostingClosing(ClosedReasons.Gone, run.FinishedAt, run.StartedAt)),
            ],
            changes.Select(c => (c.Before.Id, c.Closing!)).OrderBy(c => c.Id, StringComparer.Ordinal));
        Assert.All(changes, c => Assert.True(c.ClosedByListing));
    }

    [Fact]
    public void Expiry_is_dated_and_reopenable_from_when_it_was_noticed()
    {
        var run = Completed(Started, ["key-1"]);

        var change = Assert.Single(RunClosing.Plan(run, [Open("key-1") with { ValidThrough = new DateOnly(2025, 2, 28) }]));

        Assert.Equal(PostingClosing.Expired(run.FinishedAt), change.Closing);
        Assert.False(change.ClosedByListing);
    }

    [Fact]
    public void Counted_miss_is_marked_so_the_same_run_counts_it_once()
    {
        var change = Assert.Single(RunClosing.Plan(CompletedFromHtml(Started, ["other"]), [Open("key-1")]));

        Assert.True(change.MissCounted);
    }

    [Theory]
    // closed by a run started (hours after T0), past valid-through, listed, expected to reopen
    [InlineData(0.5, false, true, true)]
    [InlineData(0.5, true, true, false)]
    [InlineData(1.0, false, true, false)]
    [InlineData(0.5, false, false, false)]
    public void Listing_reopens_a_posting_closed_by_an_earlier_run_and_not_past_its_last_day(
        double closedByHours, bool pastValidThrough, bool listed, bool reopens)
    {
        var closed = Open("key-1") with
        {
            Status = PostingStatus.Closed,
            ClosedBy = T0.AddHours(closedByHours),
            ValidThrough = pastValidThrough ? new DateOnly(2025, 2, 28) : null,
        };

        var changes = RunClosing.Plan(Completed(Started, listed ? ["key-1"] : ["other"]), [closed]);

        Assert.Equal(reopens, changes.Any(c => c.Reopens));
        Assert.All(changes, c => Assert.Null(c.Closing));
    }

    [Fact]
    public void Posting_read_twice_is_planned_once()
    {
        Assert.Single(RunClosing.Plan(Completed(Started, ["other"]), [Open("key-1"), Open("key-1")]));
    }

    private static DateTimeOffset Started => T0.AddHours(1);

    private static PostingLifecycleState Open(string key) =>
        new(key, Source, "acme", "hash-1", PostingStatus.Open, T0, null, false);

    private static ScrapeCompleted Run(RunShape shape, Guid runId, bool listed, bool gone)
    {
        IReadOnlyList<string> keys = shape == RunShape.FeedEmpty ? [] : listed ? ["key-1", "other"] : ["other"];
        var run = shape == RunShape.Html
            ? CompletedFromHtml(Started, keys, runId)
            : Completed(Started, keys, runId: runId, notModified: shape == RunShape.FeedNotModified);
        return run with
        {
            ListingTruncated = shape == RunShape.FeedTruncated,
            GonePostingKeys = gone ? ["key-1"] : [],
        };
    }
}
