using JobAggregator.Scraper.Discovery;

namespace JobAggregator.Scraper.Tests.Discovery;

public sealed class HiringToolHostsTests
{
    [Theory]
    [InlineData("workforcenow.adp.com", "ADP Workforce Now")]
    [InlineData("recruiting.ultipro.com", "UKG Pro")]
    [InlineData("recruiting2.ultipro.com", "UKG Pro")]
    [InlineData("RECRUITING.ULTIPRO.CA.", "UKG Pro")]
    [InlineData("boards.greenhouse.io", "Greenhouse")]
    [InlineData("acme.myworkdayjobs.com", "Workday")]
    public void A_link_to_a_hiring_tool_s_board_host_names_the_tool(string host, string tool)
    {
        Assert.Equal(tool, HiringToolHosts.Tool(host));
    }

    [Theory]
    [InlineData("www.adp.com")]
    [InlineData("www.ukg.com")]
    [InlineData("www.myworkdayjobs.com")]
    [InlineData("innocenceproject.org")]
    public void A_tool_s_marketing_site_or_an_ordinary_site_is_no_board(string host)
    {
        Assert.Null(HiringToolHosts.Tool(host));
    }
}
