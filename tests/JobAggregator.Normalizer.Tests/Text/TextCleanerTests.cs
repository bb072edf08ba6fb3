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
}
