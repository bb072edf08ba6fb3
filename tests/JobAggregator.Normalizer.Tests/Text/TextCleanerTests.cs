using JobAggregator.Normalizer.Text;

namespace JobAggregator.Normalizer.Tests.Text;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData("  Assistant&nbsp;Public   Defender 2 &#8211; Wrongful\nConviction Project ", "Assistant Public Defender 2 – Wrongful Conviction Project")]
    [InlineData("Finance &amp; Human Resources Manager", "Finance & Human Resources Manager")]
    [InlineData("Innocence Project&rsquo;s\tpolicy team", "Innocence Project’s policy team")]
    [InlineData("Zero\u200Bwidth", "Zerowidth")]
    [InlineData("Already clean", "Already clean")]
    public void Decodes_entities_and_collapses_whitespace(string text, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n ")]
    [InlineData("&nbsp;")]
    public void Gives_null_for_blank_text(string? text)
    {
        Assert.Null(TextCleaner.Clean(text));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>Staff Attorney", "Staff Attorney")]
    [InlineData("Staff <b>Attorney</b>", "Staff Attorney")]
    [InlineData("Clerk<img src=x onerror=alert(1)>", "Clerk")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;Paralegal", "Paralegal")]
    [InlineData("&#60;svg onload=alert(1)&#62;Investigator", "Investigator")]
    [InlineData("Investigator <svg/onload=alert(1)", "Investigator")]
    [InlineData("Analyst<!-- <script>x</script> -->", "Analyst")]
    [InlineData("<style>h1{}</style>Director", "Director")]
    [InlineData("<\u200Bscript>alert(1)</\u200Bscript>Paralegal", "Paralegal")]
    [InlineData("Clerk<i\u00ADmg src=x onerror=alert(1)>", "Clerk")]
    [InlineData("<SCRIPT SRC=//x.test/a.js></SCRIPT>Fellow", "Fellow")]
    [InlineData("Pay < 50k and > 40k", "Pay < 50k and > 40k")]
    [InlineData("&amp;lt;b&amp;gt; stays text", "&lt;b&gt; stays text")]
    public void Takes_markup_out_after_decoding_entities_once(string text, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(text));
    }

    [Fact]
    public void A_field_longer_than_its_limit_is_cut_at_a_word_and_says_so()
    {
        var huge = string.Concat(Enumerable.Repeat("Attorney ", 120_000));

        var cleaned = TextCleaner.Clean(huge, FieldLimits.Title)!;

        Assert.True(cleaned.Length <= FieldLimits.Title, $"{cleaned.Length} characters");
        Assert.EndsWith("Attorney…", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_within_its_limit_is_kept_whole()
    {
        var title = new string('a', FieldLimits.Title);

        Assert.Equal(title, TextCleaner.Clean(title, FieldLimits.Title));
    }
}
