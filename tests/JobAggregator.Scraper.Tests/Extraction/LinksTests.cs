using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.Extraction;

public sealed class LinksTests
{
    private static readonly Uri Page = new("https://docs.google.com/document/d/e/2PACX-1vQx7exampleJobs/pub");

    [Theory]
    [InlineData("https://www.google.com/url?q=https://npic.example/&sa=D&source=editors&ust=1700000000000000&usg=AOvVaw0", "https://npic.example/")]
    [InlineData("https://www.google.com/url?q=https%3A%2F%2Fnpic.example%2Fjobs%2Fstaff-attorney%3Fref%3Ddoc&sa=D", "https://npic.example/jobs/staff-attorney?ref=doc")]
    [InlineData("https://google.com/url?url=https://forms.gle/Bx7reentry&sa=D", "https://forms.gle/Bx7reentry")]
    [InlineData("https://www.google.com/url?q=javascript:alert(1)&sa=D", "https://www.google.com/url?q=javascript:alert(1)&sa=D")]
    [InlineData("https://www.google.com/search?q=https://npic.example/", "https://www.google.com/search?q=https://npic.example/")]
    [InlineData("/jobs/paralegal", "https://docs.google.com/jobs/paralegal")]
    public void Resolves_a_link_and_a_Google_redirect_to_where_it_leads(string href, string expected) =>
        Assert.Equal(new Uri(expected), Links.Resolve(Page, href));
}
