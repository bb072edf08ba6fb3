using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.Extraction;

public sealed class FullerNameTests
{
    [Theory]
    [InlineData("Division of Public Defender Services",
        "The Connecticut Division of Public Defender Services is an equal opportunity employer.",
        "Connecticut Division of Public Defender Services")]
    [InlineData("Division of Public Defender Services", "Apply to the Connecticut Division of Public Defender Services today.",
        "Connecticut Division of Public Defender Services")]
    [InlineData("Exoneration Project", "The Exoneration Project is a non-profit legal clinic.", "Exoneration Project")]
    [InlineData("Division of Public Defender Services", "Careers Division of Public Defender Services", "Division of Public Defender Services")]
    [InlineData("Rechtshilfe Ost", "Die Rechtshilfe Ost e.V. berät Geflüchtete.", "Rechtshilfe Ost")]
    [InlineData("Rechtshilfe Ost", null, "Rechtshilfe Ost")]
    public void Takes_the_words_the_text_writes_between_an_article_and_the_name(string name, string? text, string expected) =>
        Assert.Equal(expected, FullerName.Of(name, text));
}
