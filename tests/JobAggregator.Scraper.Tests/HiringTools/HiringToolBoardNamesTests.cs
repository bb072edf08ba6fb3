using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class HiringToolBoardNamesTests
{
    [Theory]
    [InlineData("https://boards-api.greenhouse.io/v1/boards/innocenceproject/jobs?content=true", "innocenceproject")]
    [InlineData("https://api.lever.co/v0/postings/gnip?mode=json", "gnip")]
    [InlineData("https://api.ashbyhq.com/posting-api/job-board/exonerationproject?includeCompensation=true", "exonerationproject")]
    [InlineData("https://api.smartrecruiters.com/v1/companies/InnocenceProjectOfTexas/postings", "InnocenceProjectOfTexas")]
    [InlineData("https://apply.workable.com/api/v1/widget/accounts/innocence-canada?details=true", "innocence-canada")]
    [InlineData("https://knoopsinnocenceproject.recruitee.com/api/offers/", "knoopsinnocenceproject")]
    public void Reads_the_board_token_from_a_hiring_tool_address(string url, string token) =>
        Assert.Equal(token, HiringToolBoardNames.Token(new Uri(url)));

    [Fact]
    public void Has_no_token_for_an_address_that_is_no_hiring_tool_s() =>
        Assert.Null(HiringToolBoardNames.Token(new Uri("https://floridainnocence.org/about/")));

    [Theory]
    [InlineData("innocence-project-of-florida", "Innocence Project of Florida")]
    [InlineData("InnocenceProjectOfTexas", "Innocence Project of Texas")]
    [InlineData("innocence_canada", "Innocence Canada")]
    [InlineData("innocenceproject", "Innocence Project")]
    [InlineData("exonerationproject", "Exoneration Project")]
    [InlineData("newenglandinnocenceproject", "New England Innocence Project")]
    [InlineData("knoopsinnocenceproject", "Knoops Innocence Project")]
    [InlineData("gnip", "GNIP")]
    [InlineData("exonerate", "Exonerate")]
    [InlineData("acmeconsulting", "Acme Consulting")]
    [InlineData("brixtonlegalaid", "Brixton Legal Aid")]
    [InlineData("themip", "Themip")]
    public void Makes_a_token_readable(string token, string name) =>
        Assert.Equal(name, HiringToolBoardNames.Readable(token, ["England", "Knoops"]));
}
