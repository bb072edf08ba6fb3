using AngleSharp.Html.Parser;
using JobAggregator.Text;

namespace JobAggregator.Normalizer.Tests.Descriptions;

/// <summary>The one HTML-to-text walker the normalizer (as lines) and the scraper (as one line) share.</summary>
public sealed class HtmlToTextTests
{
    private const string Fragment = """
        <h3>Staff&nbsp;Attorney</h3><p>Join <strong>us</strong><br>today</p>
        <ol><li>Litigate</li><li>Advise</li></ol><ul><li>Remote</li></ul>
        <table><tr><td>Pay</td><td>$50,000</td></tr></table><script>track()</script>
        """;

    [Fact]
    public void Lines_keep_blocks_and_mark_list_items()
    {
        Assert.Equal(
            "Staff Attorney\nJoin us\ntoday\n1. Litigate\n2. Advise\n- Remote\nPay $50,000",
            HtmlToText.Lines(Body(Fragment)));
    }

    [Fact]
    public void Collapsed_sets_blocks_apart_on_one_line()
    {
        Assert.Equal("Staff Attorney Join us today Litigate Advise Remote Pay $50,000", HtmlToText.Collapsed(Body(Fragment)));
    }

    [Fact]
    public void Markup_without_text_gives_none()
    {
        Assert.Null(HtmlToText.Lines(Body("<p> </p><ul><li></li></ul>")));
        Assert.Null(HtmlToText.Collapsed(Body("<div>\u200B</div>")));
    }

    [Fact]
    public void Nesting_deeper_than_the_call_stack_allows_is_read()
    {
        var deep = string.Concat(Enumerable.Repeat("<span>", 100_000)) + "deep";

        Assert.Equal("deep", HtmlToText.Collapsed(Body(deep)));
    }

    private static AngleSharp.Dom.IElement Body(string html) =>
        new HtmlParser().ParseDocument("<!doctype html><html><body>" + html).Body!;
}
