using JobAggregator.Store.MongoDb;
using JobAggregator.Store.Reading;
using MongoDB.Bson;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The keyset cursor's condition in each sort, rendered to the BSON the driver sends; no server needed.</summary>
public sealed class MongoCursorRenderedWithoutServerTests
{
    private const string TailAlternatives = """
        [
            { "effectivePosted": { "$lt": "2025-03-01" } },
            { "effectivePosted": "2025-03-01", "firstSeen": { "$lt": { "$date": "2025-03-01T08:00:00Z" } } },
            { "effectivePosted": "2025-03-01", "firstSeen": { "$date": "2025-03-01T08:00:00Z" }, "_id": { "$gt": "gip-7" } }]
        """;

    private const string Tail = $$"""{ "$or": {{TailAlternatives}} }""";

    private static readonly DateTimeOffset FirstSeen = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void After_a_cursor_in_the_newest_sort_comes_an_older_day_an_older_sighting_or_a_later_id()
    {
        var after = new JobCursor(JobSort.Newest, null, new DateOnly(2025, 3, 1), FirstSeen, "gip-7");

        Assert.Equal(BsonDocument.Parse(Tail), Rendered.Filter(MongoQueries.After(after, JobSort.Newest)));
    }

    [Fact]
    public void After_a_cursor_with_pay_come_lower_pay_then_no_pay()
    {
        var after = new JobCursor(JobSort.Salary, "70000.5", new DateOnly(2025, 3, 1), FirstSeen, "gip-7");

        Assert.Equal(
            BsonDocument.Parse($$"""
                { "$or": [
                    { "annualPay": { "$lt": { "$numberDecimal": "70000.5" } } },
                    { "annualPay": null },
                    { "annualPay": { "$numberDecimal": "70000.5" }, "$or": {{TailAlternatives}} }] }
                """),
            Rendered.Filter(MongoQueries.After(after, JobSort.Salary)));
    }

    [Fact]
    public void After_a_cursor_without_pay_come_only_the_others_without_pay()
    {
        var after = new JobCursor(JobSort.Salary, JobCursor.PayLead(null), new DateOnly(2025, 3, 1), FirstSeen, "gip-7");

        Assert.Equal(
            BsonDocument.Parse($$"""{ "annualPay": null, "$or": {{TailAlternatives}} }"""),
            Rendered.Filter(MongoQueries.After(after, JobSort.Salary)));
    }

    [Fact]
    public void After_a_cursor_in_the_closing_sort_come_later_days_then_ties()
    {
        var after = new JobCursor(JobSort.ClosingSoon, "2025-04-01", new DateOnly(2025, 3, 1), FirstSeen, "gip-7");

        Assert.Equal(
            BsonDocument.Parse($$"""
                { "$or": [
                    { "validThroughOrLast": { "$gt": "2025-04-01" } },
                    { "validThroughOrLast": "2025-04-01", "$or": {{TailAlternatives}} }] }
                """),
            Rendered.Filter(MongoQueries.After(after, JobSort.ClosingSoon)));
    }

    [Fact]
    public void A_cursor_of_another_sort_is_refused()
    {
        var after = new JobCursor(JobSort.Newest, null, new DateOnly(2025, 3, 1), FirstSeen, "gip-7");

        Assert.Throws<ArgumentException>(() => MongoQueries.After(after, JobSort.Salary));
    }

    [Fact]
    public void The_cursor_of_a_page_is_its_last_primarys_sort_keys()
    {
        var primary = new PostingDocument
        {
            Id = "gip-7",
            Content = Messages.Posting("gip-7"),
            EffectivePosted = "2025-03-01",
            FirstSeen = FirstSeen.UtcDateTime,
            AnnualPay = 70000.5m,
            ValidThroughOrLast = "2025-04-01",
        };

        Assert.Equal(
            new JobCursor(JobSort.Salary, "70000.5", new DateOnly(2025, 3, 1), FirstSeen, "gip-7"),
            MongoPostingReader.CursorAt(primary, JobSort.Salary));
        Assert.Equal("2025-04-01", MongoPostingReader.CursorAt(primary, JobSort.ClosingSoon).Lead);
    }
}
