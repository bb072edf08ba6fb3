using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class ListDatesTests
{
    [Theory]
    [InlineData("<p>发布日期：2026-12-01</p>", "DatePosted", "2026-12-01")]
    [InlineData("<p>Posted: March 3, 2027</p>", "DatePosted", "March 3, 2027")]
    [InlineData("<div>Publicado el 3/12/2026</div>", "DatePosted", "3/12/2026")]
    [InlineData("<p>截止日期：2026年12月31日</p>", "ValidThrough", "2026年12月31日")]
    [InlineData("<p>Date limite : 8 janvier 2027</p>", "ValidThrough", "8 janvier 2027")]
    [InlineData("<p>Bewerbungsfrist: 15. Januar 2027</p>", "ValidThrough", "15. Januar 2027")]
    public void A_line_labelling_a_date_gives_it(string line, string kind, string date) =>
        Assert.Equal(date, ListDates.Labelled(Line(line), Enum.Parse<FieldKind>(kind)));

    [Theory]
    [InlineData("<p>Closing date: 15 January 2027</p>", "DatePosted")]
    [InlineData("<p>Fecha límite: a convenir</p>", "ValidThrough")]
    [InlineData("<p>Lieu : Lyon 3e</p>", "ValidThrough")]
    public void A_line_labelling_another_field_or_no_date_gives_none(string line, string kind) =>
        Assert.Null(ListDates.Labelled(Line(line), Enum.Parse<FieldKind>(kind)));

    [Fact]
    public void The_first_line_labelling_a_date_gives_it()
    {
        var lines = Html.Parse("<body><div><p>简历投递：hr@example.cn</p><p>截止日期：2026年12月31日</p><p>Closing date: 2027-01-15</p></div></body>")
            .QuerySelectorAll("p");

        Assert.Equal("2026年12月31日", ListDates.FirstLabelled(lines, FieldKind.ValidThrough));
    }

    [Fact]
    public void Each_opening_stating_no_posted_date_takes_the_lists()
    {
        var openings = new List<PostingDraft> { new() { Title = "律师" }, new() { Title = "律师助理", DatePosted = "2026-11-20" } };

        var dated = ListDates.PostedEach(openings, "2026-12-01");

        Assert.Equal(["2026-12-01", "2026-11-20"], dated.Select(d => d.DatePosted));
    }

    private static AngleSharp.Dom.IElement Line(string html) => Html.Parse($"<body>{html}</body>").Body!.FirstElementChild!;
}
