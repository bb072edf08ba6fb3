using System.Net;
using System.Text.Json;
using CsCheck;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>Greenhouse's pay block parsed on its own gives the range and title the whole ad's parse gives, and the ad is
/// parsed whole wherever what precedes the block could change how it parses.</summary>
public sealed class GreenhousePayBlockTests
{
    private const string Block =
        """<div class="pay-input"><div class="title">Hourly Pay Range</div><div class="pay-range"><span>$27.50</span><span class="divider">&mdash;</span><span>$31.00 USD</span></div></div>""";

    private static readonly Gen<string> Before = Gen.OneOf(
            "<p>", "</p>", "<b>", "</b>", "<div>", "</div>", "<ul><li>", "text ", "&amp;", "&#45;", "&mdash;", "<table>", "<td>",
            "<!-- c -->", "<a href=\"x>y\">", "<a href=x>", "<span title='a\"b'>", "<p title=\"", "\"", "'", "<", ">", "=", " ",
            "<div class=\"title\">Annual</div>", "<div class=\"pay-range\">$1</div>", "pay-range", "<textarea>", "<script>", "<i",
            "<div class=\"pay-input\">", "<h3>Pay</h3>", "<br>", "</span>", "<a =\"x>y\">", "<em>40 hours</em>")
        .Array[0, 10]
        .Select(parts => string.Concat(parts));

    private static readonly Gen<string> Blocks = Gen.OneOf(
        Block,
        """<div class="pay-input"><div class="description"><p>Salary is based on experience.</p></div><div class="title">Annual Pay Range (New York City)</div><div class="pay-range"><span>$85,000</span><span class="divider">&mdash;</span><span>$105,000 USD</span></div></div>""",
        """<div class="pay-input"><div class="description"><p class="title">Note</p></div><div class="title">Hourly</div><div class="pay-range"><span>$20</span></div></div>""",
        """<div class="pay-input"><div class="title">Monthly</div><div class="pay-range"><span>&#8364;3,000</span><p>4,000 EUR</div></div>""");

    [Fact]
    public void The_corpus_ads_are_parsed_by_their_block_alone_with_the_same_range_and_title()
    {
        using var board = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "greenhouse", "innocence-project-board-content.json")));
        var ads = board.RootElement.GetProperty("jobs").EnumerateArray().Select(job => WebUtility.HtmlDecode(job.GetProperty("content").GetString()!)).ToList();

        Assert.Equal(3, ads.Count);
        foreach (var ad in ads)
        {
            var block = GreenhousePayBlock.Isolated(ad);
            Assert.NotNull(block);
            Assert.Equal(RangeAndTitle(ad), RangeAndTitle(block));
        }
    }

    [Theory]
    [InlineData("<table><tr><td>")]
    [InlineData("<!-- <div> -->")]
    [InlineData("<p title=\"")]
    [InlineData("<span class=\"pay&#45;range\">$1</span>")]
    [InlineData("<p>See the pay-range below</p>")]
    [InlineData("<template>")]
    public void An_ad_whose_start_could_change_how_the_block_parses_is_parsed_whole(string before)
    {
        Assert.Null(GreenhousePayBlock.Isolated(before + Block));
    }

    [Fact]
    public void A_description_naming_a_title_keeps_the_ad_whole()
    {
        Assert.Null(GreenhousePayBlock.Isolated(
            """<p>Intro</p><div class="pay-input"><div class="description"><p class="title">x</p></div><div class="title">Hourly</div><div class="pay-range"><span>$20</span></div></div>"""));
    }

    [Theory]
    [InlineData("<p>text</p>", true)]
    [InlineData("a < b and <b>c</b>", true)]
    [InlineData("<a href=\"x>y\">", true)]
    [InlineData("<a href=x>", true)]
    [InlineData("<p class=\"open", false)]
    [InlineData("<p", false)]
    [InlineData("<a href=\"x\" title='y", false)]
    [InlineData("</", false)]
    public void Markup_ends_outside_tags_only_after_a_tags_closing_bracket(string html, bool outside)
    {
        Assert.Equal(outside, GreenhousePayBlock.EndsOutsideTags(html));
    }

    [Fact]
    public void Whatever_precedes_the_block_a_block_cut_out_gives_what_the_whole_ad_gives()
    {
        Gen.Select(Before, Blocks, Before).Sample(
            (before, block, after) =>
            {
                var ad = before + block + after;
                if (GreenhousePayBlock.Isolated(ad) is { } isolated)
                {
                    Assert.Equal(RangeAndTitle(ad), RangeAndTitle(isolated));
                }
            },
            iter: 3000);
    }

    private static (string? Range, string? Title) RangeAndTitle(string html)
    {
        var range = ApiHtml.Parse(html).QuerySelector(".pay-range");
        return (range?.TextContent, range?.ParentElement?.QuerySelector(".title")?.TextContent);
    }
}
