using JobAggregator.Normalizer.Descriptions;

namespace JobAggregator.Normalizer.Tests.Descriptions;

public sealed class DescriptionCleanerTests
{
    private const string PostingUrl = "https://members.example/jobs/operations-coordinator";

    private readonly DescriptionCleaner _cleaner = new();

    [Fact]
    public void Removes_scripts_with_their_code()
    {
        var description = _cleaner.Clean("<p>Apply now</p><script>alert('x')</script>", PostingUrl);

        Assert.Equal(new CleanDescription("<p>Apply now</p>", "Apply now"), description);
    }

    [Fact]
    public void Removes_styles_iframes_and_forms_with_their_content()
    {
        var description = _cleaner.Clean(
            "<style>p{color:red}</style><p>Duties</p><iframe src=\"https://tracker.example/\">x</iframe><form><input name=\"q\"><button>Go</button></form>",
            PostingUrl);

        Assert.Equal(new CleanDescription("<p>Duties</p>", "Duties"), description);
    }

    [Fact]
    public void Keeps_entity_encoded_markup_as_escaped_text_in_the_html_and_out_of_the_plain_text()
    {
        var description = _cleaner.Clean("<p>Apply now &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>", PostingUrl);

        Assert.Equal("<p>Apply now &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>", description.Html);
        Assert.Equal("Apply now", description.Text);
    }

    [Fact]
    public void Removes_event_handlers()
    {
        var description = _cleaner.Clean("<p onclick=\"steal()\" onmouseover=\"steal()\">Hello</p>", PostingUrl);

        Assert.Equal("<p>Hello</p>", description.Html);
    }

    [Fact]
    public void Removes_javascript_links_but_keeps_their_words()
    {
        var description = _cleaner.Clean("<p><a href=\"javascript:alert(1)\">Apply</a> today</p>", PostingUrl);

        Assert.Equal("<p>Apply today</p>", description.Html);
    }

    [Fact]
    public void Makes_relative_links_absolute_against_the_posting()
    {
        var description = _cleaner.Clean("<p><a href=\"/apply?job=7\">Apply</a></p>", PostingUrl);

        Assert.Equal("<p><a href=\"https://members.example/apply?job=7\">Apply</a></p>", description.Html);
    }

    [Fact]
    public void Keeps_relative_links_when_there_is_no_posting_address()
    {
        var description = _cleaner.Clean("<p><a href=\"/apply\">Apply</a></p>", null);

        Assert.Equal("<p><a href=\"/apply\">Apply</a></p>", description.Html);
    }

    [Fact]
    public void Keeps_mailto_links()
    {
        var description = _cleaner.Clean("<a href=\"mailto:jobs@members.example\">Email us</a>", PostingUrl);

        Assert.Equal("<a href=\"mailto:jobs@members.example\">Email us</a>", description.Html);
    }

    [Fact]
    public void Unwraps_unknown_wrappers_and_drops_attributes()
    {
        var description = _cleaner.Clean(
            "<p class=\"lead\" style=\"color:red\"><span><font face=\"Arial\">Bachelor's degree</font></span> required</p>",
            PostingUrl);

        Assert.Equal("<p>Bachelor's degree required</p>", description.Html);
    }

    [Fact]
    public void Turns_sections_into_divs_and_a_top_heading_into_h2()
    {
        var description = _cleaner.Clean("<section><h1>Duties</h1>Screen applications</section><article>Investigate</article>", PostingUrl);

        Assert.Equal("<div><h2>Duties</h2>Screen applications</div><div>Investigate</div>", description.Html);
        Assert.Equal("Duties\nScreen applications\nInvestigate", description.Text);
    }

    [Fact]
    public void Keeps_tables()
    {
        var description = _cleaner.Clean("<table><tr><th>Salary</th><td>$36,000+</td></tr></table>", PostingUrl);

        Assert.Equal("<table><tbody><tr><th>Salary</th><td>$36,000+</td></tr></tbody></table>", description.Html);
        Assert.Equal("Salary $36,000+", description.Text);
    }

    [Fact]
    public void Writes_plain_text_with_one_line_per_block()
    {
        var description = _cleaner.Clean(
            "<h2>Duties</h2>\n<ul>\n  <li>Screen   applications</li>\n  <li>Investigate&nbsp;claims</li>\n</ul>\n<p>Apply by<br>March 10.</p>",
            PostingUrl);

        Assert.Equal("Duties\n- Screen applications\n- Investigate claims\nApply by\nMarch 10.", description.Text);
    }

    [Fact]
    public void Numbers_ordered_list_items_in_plain_text()
    {
        var description = _cleaner.Clean("<ol><li>Cover letter</li><li>Resume</li></ol>", PostingUrl);

        Assert.Equal("1. Cover letter\n2. Resume", description.Text);
    }

    [Fact]
    public void Takes_plain_text_as_it_is()
    {
        var description = _cleaner.Clean("Reports to the Executive Director.", PostingUrl);

        Assert.Equal(new CleanDescription("Reports to the Executive Director.", "Reports to the Executive Director."), description);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p>  </p>")]
    public void Gives_no_description_when_nothing_readable_is_left(string? html)
    {
        Assert.Equal(CleanDescription.None, _cleaner.Clean(html, PostingUrl));
    }
}
