using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.Extraction;

/// <summary>The pre-scan cuts a page before its element past the count limit, and leaves a page within it alone.</summary>
public sealed class ElementLimitTests
{
    [Fact]
    public void A_page_with_more_elements_than_the_limit_is_cut_before_the_first_element_past_it()
    {
        var html = "<ul>" + string.Concat(Enumerable.Range(0, 200).Select(i => $"<li>Job {i}<br></li>")) + "</ul>";

        var kept = NestingLimit.Apply(html, out var cut, maxElements: 101);

        Assert.True(cut);
        // <ul>, then 50 items of two elements each: the 51st <li> is the 102nd element.
        Assert.EndsWith("<li>Job 49<br></li>", kept, StringComparison.Ordinal);
        Assert.StartsWith(kept, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_end_tags_and_script_text_are_not_counted_as_elements()
    {
        var html = "<div>" + string.Concat(Enumerable.Repeat("<!-- <p> --><script>var s = '<b><b><b>';</script></div>", 100));

        var kept = NestingLimit.Apply(html, out var cut, maxElements: 101);

        Assert.False(cut);
        Assert.Same(html, kept);
    }

    [Fact]
    public void A_page_with_exactly_the_limit_of_elements_is_kept_whole()
    {
        var html = string.Concat(Enumerable.Repeat("<p>Openings</p>", 100));

        Assert.Same(html, NestingLimit.Apply(html, out var cut, maxElements: 100));
        Assert.False(cut);
    }

    [Fact]
    public void A_limit_that_is_not_positive_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NestingLimit.Apply("<p>x</p>", out _, maxElements: 0));

        Assert.Equal("maxElements", error.ParamName);
    }
}
