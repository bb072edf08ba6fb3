using JobAggregator.Normalizer.Urls;

namespace JobAggregator.Normalizer.Tests.Urls;

public sealed class UrlCleanerTests
{
    private const string Page = "https://members.example/jobs/litigation-director";

    [Theory]
    [InlineData(" https://members.example/jobs/1 ", Page, "https://members.example/jobs/1")]
    [InlineData("/apply/1", Page, "https://members.example/apply/1")]
    [InlineData("apply", Page, "https://members.example/jobs/apply")]
    [InlineData("//boards.example/apply", Page, "https://boards.example/apply")]
    [InlineData("mailto:jobs@members.example", null, "mailto:jobs@members.example")]
    public void Keeps_absolute_links_and_resolves_relative_ones(string url, string? baseUrl, string expected)
    {
        Assert.Equal(expected, UrlCleaner.Absolute(url, baseUrl));
    }

    [Theory]
    [InlineData(null, Page)]
    [InlineData(" ", Page)]
    [InlineData("javascript:apply()", Page)]
    [InlineData("file:///etc/passwd", Page)]
    [InlineData("/apply/1", null)]
    public void Gives_null_for_links_that_cannot_be_opened(string? url, string? baseUrl)
    {
        Assert.Null(UrlCleaner.Absolute(url, baseUrl));
    }
}
