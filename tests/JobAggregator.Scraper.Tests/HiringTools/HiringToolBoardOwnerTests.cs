using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class HiringToolBoardOwnerTests
{
    private static readonly Uri LeverBoard = new("https://api.lever.co/v0/postings/gnip?mode=json");

    [Theory]
    [InlineData("GNIP", "<div>Great North Innocence Project (GNIP) represents people in Minnesota.</div>", "Great North Innocence Project")]
    [InlineData("CCPD", "The Office of the Cook County Public Defender (CCPD) is hiring.", "Cook County Public Defender")]
    [InlineData("GNIP", "Join GNIP in our Minneapolis office.", null)]
    [InlineData("GNIP", "We work with the Minnesota State Bar (GNIP) on this.", null)]
    public void Spells_out_an_acronym_where_the_text_does(string acronym, string text, string? name) =>
        Assert.Equal(name, HiringToolBoardOwner.SpelledOut(acronym, text));

    [Fact]
    public void Names_an_acronym_board_after_its_postings()
    {
        PostingDraft[] postings = [new() { Title = "Staff Attorney", DescriptionHtml = "<p>Great North Innocence Project (GNIP) is hiring.</p>" }];

        Assert.Equal("Great North Innocence Project", HiringToolBoardOwner.FromPostings(LeverBoard, "GNIP", postings));
    }

    [Theory]
    [InlineData("<p>L'association Droits d'Urgence recrute un·e juriste.</p>", "Droits d'Urgence")]
    [InlineData("<p>Droits d'Urgence recrute.</p><p>Notre équipe à Paris.</p>", "Droits d'Urgence")]
    [InlineData("<p>Nous recrutons un·e juriste pour nos permanences.</p>", null)]
    [InlineData("<p>Les Droits de l'Homme en Urgence.</p>", null)]
    public void Names_a_run_together_board_token_only_as_its_ads_spell_it(string ad, string? name)
    {
        var board = new Uri("https://droitsurgence.pinpointhq.com/postings.json");
        PostingDraft[] postings = [new() { Title = "Juriste", DescriptionHtml = ad }];

        Assert.Equal(name, HiringToolBoardOwner.FromPostings(board, "Droitsurgence", postings));
    }

    [Fact]
    public void An_acronym_in_the_ads_is_no_spelling_of_the_token()
    {
        PostingDraft[] postings = [new() { Title = "Staff Attorney", DescriptionHtml = "<p>GNIP is hiring. Great North Innocence Project (GNIP) frees people.</p>" }];

        Assert.Equal("Great North Innocence Project", HiringToolBoardOwner.FromPostings(LeverBoard, "GNIP", postings));
    }

    [Fact]
    public void Names_a_board_known_only_by_its_tools_host_after_the_site_its_postings_link_to()
    {
        var api = new Uri("https://api.teamtailor.com/v1/jobs");
        PostingDraft[] postings =
        [
            new() { Title = "Caseworker", Url = new Uri("https://careers.appeal.org.uk/jobs/1-caseworker") },
            new() { Title = "Head of Fundraising", Url = new Uri("https://careers.appeal.org.uk/jobs/2-head") },
        ];

        Assert.Equal("Appeal", HiringToolBoardOwner.FromPostings(api, api.Host, postings));
        Assert.Null(HiringToolBoardOwner.FromPostings(api, "Appeal Trust", postings));
    }

    [Theory]
    [InlineData("https://api.teamtailor.com/v1/jobs", "https://zweitechance-sachsen.teamtailor.com/jobs/1-sozial", "https://zweitechance-sachsen.teamtailor.com/jobs/2-koordinator", "Zweitechance Sachsen")]
    [InlineData("https://feeds.example.net/jobs.json", "https://fundacion-inocencia.jobs.personio.de/job/1", "https://fundacion-inocencia.jobs.personio.de/job/2", "Fundacion Inocencia")]
    [InlineData("https://api.teamtailor.com/v1/jobs", "https://droits-quotidiens.recruitee.com/o/juriste", "https://droits-quotidiens.recruitee.com/o/stagiaire", "Droits Quotidiens")]
    [InlineData("https://api.teamtailor.com/v1/jobs", "https://zweitechance-sachsen.teamtailor.com/jobs/1-sozial", "https://rechtshilfe-ost.teamtailor.com/jobs/2-referent", null)]
    public void Names_a_board_known_only_by_its_tools_host_after_the_one_board_its_postings_sit_on(string answer, string first, string second, string? name)
    {
        var api = new Uri(answer);
        PostingDraft[] postings = [new() { Title = "Sozialarbeiter", Url = new Uri(first) }, new() { Title = "Referent", Url = new Uri(second) }];

        Assert.Equal(name, HiringToolBoardOwner.FromPostings(api, api.Host, postings));
    }

    [Fact]
    public void Postings_on_the_tools_own_host_name_no_owner()
    {
        var api = new Uri("https://api.teamtailor.com/v1/jobs");
        PostingDraft[] postings = [new() { Title = "Caseworker", Url = new Uri("https://api.teamtailor.com/jobs/1") }];

        Assert.Null(HiringToolBoardOwner.FromPostings(api, api.Host, postings));
    }

    [Fact]
    public void Names_a_board_known_by_an_id_after_the_folder_its_postings_sit_in()
    {
        var feed = new Uri("https://app.jobvite.com/CompanyJobs/Xml.aspx?c=qXb9VfwA");
        PostingDraft[] postings =
        [
            new() { Title = "Senior Staff Attorney", Url = new Uri("https://jobs.jobvite.com/oregon-innocence/job/oQx7bfwR") },
            new() { Title = "Development Associate", Url = new Uri("https://jobs.jobvite.com/oregon-innocence/job/oRk2cgxS") },
        ];

        Assert.Equal("Oregon Innocence", HiringToolBoardOwner.FromPostings(feed, "Q Xb9vfw A", postings));
        Assert.Null(HiringToolBoardOwner.FromPostings(feed, "Oregon Innocence Project", postings));
    }

    [Fact]
    public void Postings_in_no_named_folder_name_no_board_known_by_an_id()
    {
        var api = new Uri("https://recruiting.ultipro.com/NEW1007NYLAG/JobBoard/6d1b/JobBoardView/LoadSearchResults");
        PostingDraft[] postings =
        [
            new() { Title = "Staff Attorney", Url = new Uri("https://recruiting.ultipro.com/NEW1007NYLAG/JobBoard/6d1b/OpportunityDetail?opportunityId=1") },
            new() { Title = "Paralegal", Url = new Uri("https://recruiting.ultipro.com/jobs/2") },
        ];

        Assert.Null(HiringToolBoardOwner.FromPostings(api, "New1007nylag", postings));
    }

    [Fact]
    public void A_folder_of_the_boards_own_address_is_the_tools_path_and_names_no_owner()
    {
        var search = new Uri("https://public-rest32.bullhornstaffing.com/rest-services/3LKS7P/search/JobOrder?start=0");
        PostingDraft[] postings =
        [
            new() { Title = "Litigation Paralegal", Url = new Uri("https://public-rest32.bullhornstaffing.com/rest-services/3LKS7P/entity/JobOrder/4711") },
            new() { Title = "Legal Secretary", Url = new Uri("https://public-rest32.bullhornstaffing.com/rest-services/3LKS7P/entity/JobOrder/4712") },
        ];

        Assert.Null(HiringToolBoardOwner.FromPostings(search, "3LKS7P", postings));
    }
}
