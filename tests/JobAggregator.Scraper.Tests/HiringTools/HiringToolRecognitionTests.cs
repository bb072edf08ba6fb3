using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class HiringToolRecognitionTests
{
    public static TheoryData<string, string> EmbedCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var corpusCase in HiringToolCorpus.OfKinds(HiringToolCorpus.EmbedKinds))
        {
            data.Add(corpusCase.Kind, corpusCase.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EmbedCases))]
    public async Task Finds_the_board_an_organisation_page_embeds_or_links(string kind, string name)
    {
        var corpusCase = HiringToolCorpus.Case(kind, name);
        var (tool, token) = corpusCase.HiringTool!.Value;

        var boards = await new HiringToolStrategy().FindBoardsAsync(corpusCase.Page(), TestContext.Current.CancellationToken);

        Assert.NotEmpty(boards);
        Assert.Equal((tool, token), (boards[0].Tool, boards[0].Token));
    }

    [Theory]
    [InlineData("https://boards.greenhouse.io/innocenceproject", "greenhouse", "innocenceproject")]
    [InlineData("https://job-boards.greenhouse.io/innocenceproject/jobs/5123487004", "greenhouse", "innocenceproject")]
    [InlineData("https://boards.greenhouse.io/embed/job_board?for=ncip&b=https%3A%2F%2Fncip.org%2Fcareers%2F", "greenhouse", "ncip")]
    [InlineData("https://boards.greenhouse.io/embed/job_board/js?for=washingtoninnocenceproject", "greenhouse", "washingtoninnocenceproject")]
    [InlineData("https://boards-api.greenhouse.io/v1/boards/ncip/jobs?content=true", "greenhouse", "ncip")]
    [InlineData("https://jobs.lever.co/gnip/3f9c2a71-5b0e-4d8e-9a61-2f7d0c4e8b15", "lever", "gnip")]
    [InlineData("https://api.lever.co/v0/postings/exonerate?mode=json", "lever", "exonerate")]
    [InlineData("https://jobs.ashbyhq.com/rminnocence/embed?version=2", "ashby", "rminnocence")]
    [InlineData("https://apply.workable.com/irish-innocence-project/", "workable", "irish-innocence-project")]
    [InlineData("https://apply.workable.com/api/v1/widget/accounts/innocence-canada?details=true", "workable", "innocence-canada")]
    [InlineData("https://jobs.smartrecruiters.com/InnocenceProjectOfTexas/744000012345678", "smartrecruiters", "InnocenceProjectOfTexas")]
    [InlineData("https://nzpip.recruitee.com/", "recruitee", "nzpip")]
    [InlineData("https://mtinnocence.bamboohr.com/js/embed.js", "bamboohr", "mtinnocence")]
    [InlineData("https://georgiainnocenceproject.bamboohr.com/careers", "bamboohr", "georgiainnocenceproject")]
    [InlineData("https://innocenceprojectfrance.jobs.personio.de/job/1402281", "personio", "innocenceprojectfrance")]
    [InlineData("https://innocenceprojectfrance.jobs.personio.com/", "personio", "innocenceprojectfrance")]
    [InlineData("https://appeal.teamtailor.com/jobs", "teamtailor", "appeal")]
    [InlineData("https://tninnocence.applytojob.com/apply", "jazzhr", "tninnocence")]
    [InlineData("https://app.jazz.co/widgets/basic/create/tninnocence", "jazzhr", "tninnocence")]
    [InlineData("https://recruiting.paylocity.com/recruiting/jobs/All/5e0b7c2a-8f31-4d7a-9b4e-2c6a1f0d9e38/Innocence-Project-of-Florida-Inc",
        "paylocity", "5e0b7c2a-8f31-4d7a-9b4e-2c6a1f0d9e38")]
    [InlineData("https://ccpd.wd1.myworkdayjobs.com/en-US/PublicDefender", "workday", "ccpd")]
    [InlineData("https://ccpd.wd1.myworkdayjobs.com/wday/cxs/ccpd/PublicDefender/jobs", "workday", "ccpd")]
    [InlineData("https://keystonejustice.jibeapply.com/jobs", "icims", "keystonejustice")]
    [InlineData("https://careers-keystonejustice.icims.com/jobs/search?ss=1", "icims", "keystonejustice")]
    [InlineData("https://www.comeet.com/jobs/ipisrael/A7.00B", "comeet", "ipisrael")]
    [InlineData("https://kwip.breezy.hr/", "breezyhr", "kwip")]
    [InlineData("https://app.jobvite.com/CompanyJobs/Xml.aspx?c=qXb9VfwA", "jobvite", "qXb9VfwA")]
    [InlineData("https://jobs.jobvite.com/oregon-innocence/jobs", "jobvite", "oregon-innocence")]
    [InlineData("https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=5e1d7a40-2c1b-4f6a-9a55-0f7b2f6c9e11&ccId=19000101_000001",
        "adp", "5e1d7a40-2c1b-4f6a-9a55-0f7b2f6c9e11")]
    [InlineData("https://recruiting.ultipro.com/NEW1007NYLAG/JobBoard/6d1b4e2a-9c3f-4a71-8e0b-7f5d2c1a9e33/", "ukg", "NEW1007NYLAG")]
    [InlineData("https://api.jobadder.com/v2/jobboards/8734/ads?offset=0&limit=20", "jobadder", "8734")]
    [InlineData("https://api.jobadder.com/v2/jobboards/8734/ads/581204", "jobadder", "8734")]
    public void Reads_the_board_token_from_a_board_url(string url, string tool, string token)
    {
        var board = Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal((tool, token), (board.Tool, board.Token));
    }

    [Theory]
    [InlineData("https://www.bamboohr.com/")]
    [InlineData("https://mtinnocence.bamboohr.com/login")]
    [InlineData("https://boards.greenhouse.io/embed/job_board/js")]
    [InlineData("https://apply.workable.com/j/8F2A1C7D3B")]
    [InlineData("https://www.workable.com/assets/embed.js")]
    [InlineData("https://www.teamtailor.com/en/")]
    [InlineData("https://recruiting.paylocity.com/Recruiting/Jobs/Details/2089412")]
    [InlineData("https://www.jazzhr.com/privacy-policy")]
    [InlineData("https://www.recruitee.com/")]
    [InlineData("https://www.jobadder.com/")]
    [InlineData("https://api.jobadder.com/v2/jobs")]
    [InlineData("https://ncip.org/careers/")]
    public void Takes_no_board_from_a_tool_s_own_pages_or_other_sites(string url) => Assert.Null(Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://boards.greenhouse.io/ncip", "https://boards-api.greenhouse.io/v1/boards/ncip/jobs?content=true")]
    [InlineData("https://job-boards.eu.greenhouse.io/acme", "https://boards-api.eu.greenhouse.io/v1/boards/acme/jobs?content=true")]
    [InlineData("https://jobs.lever.co/themip/", "https://api.lever.co/v0/postings/themip?mode=json")]
    [InlineData("https://jobs.ashbyhq.com/rminnocence", "https://api.ashbyhq.com/posting-api/job-board/rminnocence?includeCompensation=true")]
    [InlineData("https://apply.workable.com/innocence-canada/", "https://apply.workable.com/api/v1/widget/accounts/innocence-canada?details=true")]
    [InlineData("https://careers.smartrecruiters.com/InnocenceProjectOfTexas", "https://api.smartrecruiters.com/v1/companies/InnocenceProjectOfTexas/postings")]
    [InlineData("https://knoopsinnocenceproject.recruitee.com/o/x", "https://knoopsinnocenceproject.recruitee.com/api/offers/")]
    [InlineData("https://georgiainnocenceproject.bamboohr.com/careers/27", "https://georgiainnocenceproject.bamboohr.com/careers/list")]
    [InlineData("https://innocenceprojectfrance.jobs.personio.de/", "https://innocenceprojectfrance.jobs.personio.de/xml")]
    [InlineData("https://appeal.teamtailor.com/jobs", "https://appeal.teamtailor.com/jobs.rss")]
    [InlineData("https://app.jazz.co/widgets/basic/create/tninnocence", "https://tninnocence.applytojob.com/apply")]
    [InlineData("https://kwip.breezy.hr/p/7c2e91a04b5f-staff-attorney", "https://kwip.breezy.hr/json")]
    [InlineData("https://keystonejustice.jibeapply.com/jobs/1187", "https://keystonejustice.jibeapply.com/api/jobs")]
    [InlineData("https://careers-keystonejustice.icims.com/jobs/intro?hashed=0", "https://careers-keystonejustice.icims.com/jobs/search?ss=1&in_iframe=1")]
    [InlineData("https://ccpd.wd1.myworkdayjobs.com/en-US/PublicDefender", "https://ccpd.wd1.myworkdayjobs.com/wday/cxs/ccpd/PublicDefender/jobs")]
    [InlineData("https://app.jobvite.com/CompanyJobs/Xml.aspx?c=qXb9VfwA", "https://app.jobvite.com/CompanyJobs/Xml.aspx?c=qXb9VfwA")]
    [InlineData("https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=5e1d7a40-2c1b-4f6a-9a55-0f7b2f6c9e11",
        "https://workforcenow.adp.com/mascsr/default/careercenter/public/events/staffing/v1/job-requisitions?cid=5e1d7a40-2c1b-4f6a-9a55-0f7b2f6c9e11&lang=en_US&locale=en_US")]
    public void Reads_a_board_from_the_tool_s_public_api(string boardUrl, string apiUrl)
    {
        var url = new Uri(boardUrl);
        var tool = HiringToolCatalog.All.Single(t => t.Recognize(url) is not null);

        Assert.Equal(new Uri(apiUrl), tool.ApiUrl(tool.Recognize(url)!));
    }

    private static HiringToolBoard? Recognize(Uri url) =>
        HiringToolCatalog.All.Select(t => t.Recognize(url)).FirstOrDefault(b => b is not null);
}
