using JobAggregator.Scraper.Discovery;

namespace JobAggregator.Scraper.Tests.Discovery;

public sealed class CareersLinkScorerTests
{
    private static readonly Uri Home = new("https://example.org/");

    private static IReadOnlyList<CareersPageCandidate> Score(string links, string? language = null, Uri? page = null) =>
        CareersLinkScorer.ScoreLinks($"<html><body><nav>{links}</nav></body></html>", page ?? Home, page ?? Home, language, out _);

    [Theory]
    [InlineData("""<a href="/careers/">Careers</a>""", "https://example.org/careers/")]
    [InlineData("""<a href="/about/jobs">Jobs</a>""", "https://example.org/about/jobs")]
    [InlineData("""<a href="/employment/">Employment</a>""", "https://example.org/employment/")]
    [InlineData("""<a href="/get-involved/team/">Join Our Team</a>""", "https://example.org/get-involved/team/")]
    [InlineData("""<a href="/work">Work With Us</a>""", "https://example.org/work")]
    [InlineData("""<a href="/now">We&#8217;re Hiring!</a>""", "https://example.org/now")]
    [InlineData("""<a href="/opportunities/">Opportunities</a>""", "https://example.org/opportunities/")]
    [InlineData("""<a href="/open">Vacancies</a>""", "https://example.org/open")]
    [InlineData("""<a href="/trabaja-con-nosotros/">Trabajá con nosotros</a>""", "https://example.org/trabaja-con-nosotros/")]
    [InlineData("""<a href="/empleo">Empleo</a>""", "https://example.org/empleo")]
    [InlineData("""<a href="/oportunidades">Oportunidades</a>""", "https://example.org/oportunidades")]
    [InlineData("""<a href="/fr/carrieres/">Carrières</a>""", "https://example.org/fr/carrieres/")]
    [InlineData("""<a href="/offres">Offres d’emploi</a>""", "https://example.org/offres")]
    [InlineData("""<a href="/rejoindre">Rejoignez-nous</a>""", "https://example.org/rejoindre")]
    [InlineData("""<a href="/lavora-con-noi">Lavora con noi</a>""", "https://example.org/lavora-con-noi")]
    [InlineData("""<a href="/posizioni">Posizioni aperte</a>""", "https://example.org/posizioni")]
    [InlineData("""<a href="/vacatures">Vacatures</a>""", "https://example.org/vacatures")]
    [InlineData("""<a href="/werken-bij">Werken bij</a>""", "https://example.org/werken-bij")]
    [InlineData("""<a href="/join">招聘</a>""", "https://example.org/join")]
    [InlineData("""<a href="/about/jobs-tw">工作機會</a>""", "https://example.org/about/jobs-tw")]
    [InlineData("""<a href="/%E6%8B%9B%E8%81%98/">更多</a>""", "https://example.org/%E6%8B%9B%E8%81%98/")]
    public void Finds_the_careers_link_by_its_text_or_path_in_each_language(string link, string expected)
    {
        var candidates = Score($"""<a href="/">Home</a><a href="/about/">About</a>{link}<a href="/contact/">Contact</a>""");

        Assert.Equal(new Uri(expected), Assert.Single(candidates).Url);
    }

    [Theory]
    [InlineData("""<a href="/careers/">Learn more</a>""", "path /careers/ says \"careers\"")]
    [InlineData("""<a href="/offres-demploi/">Voir</a>""", "says \"offres d'emploi\"")]
    [InlineData("""<a href="/were-hiring/">More</a>""", "says \"we're hiring\"")]
    public void An_address_with_a_strong_word_is_enough_without_the_text(string link, string reason)
    {
        var candidate = Assert.Single(Score(link));

        Assert.Contains(reason, candidate.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<a href="https://other.example/careers/">Careers</a>""")]
    [InlineData("""<a href="https://www.idealist.example/en/nonprofit/jobs">Our jobs on Idealist</a>""")]
    [InlineData("""<a href="mailto:jobs@example.org">Jobs</a>""")]
    [InlineData("""<a href="tel:+15550100">Employment line</a>""")]
    [InlineData("""<a href="javascript:void(0)">Careers</a>""")]
    [InlineData("""<a href="/files/careers.pdf">Careers (PDF)</a>""")]
    [InlineData("""<a href="/volunteer/">Volunteer opportunities</a>""")]
    [InlineData("""<a href="/donate/">Donate</a>""")]
    [InlineData("""<a href="/news/">News</a>""")]
    [InlineData("""<a href="/students/career-services/">Career Services</a>""")]
    [InlineData("""<a href="/vrijwilligers">Vrijwilligers gezocht</a>""")]
    [InlineData("""<a href="/zhigong">志工招募</a>""")]
    [InlineData("""<a href="/about/">About us</a>""")]
    public void Ignores_links_that_leave_the_site_or_are_not_about_jobs(string link)
    {
        Assert.Empty(Score(link));
    }

    [Theory]
    [InlineData("https://boards.greenhouse.io/exampleorg", "Greenhouse")]
    [InlineData("https://jobs.lever.co/exampleorg", "Lever")]
    [InlineData("https://jobs.ashbyhq.com/exampleorg", "Ashby")]
    [InlineData("https://apply.workable.com/exampleorg/", "Workable")]
    [InlineData("https://exampleorg.applytojob.com/apply", "JazzHR")]
    [InlineData("https://exampleorg.bamboohr.com/careers", "BambooHR")]
    [InlineData("https://recruiting.paylocity.com/recruiting/jobs/All/abc/Example-Org", "Paylocity")]
    [InlineData("https://exampleorg.recruitee.com/", "Recruitee")]
    [InlineData("https://exampleorg.jobs.personio.de/", "Personio")]
    [InlineData("https://exampleorg.teamtailor.com/jobs", "Teamtailor")]
    public void Follows_links_off_the_site_to_a_hiring_tools_board(string board, string tool)
    {
        var candidate = Assert.Single(Score($"""<a href="/about/">About</a><a href="{board}">See openings</a>"""));

        Assert.Equal(new Uri(board), candidate.Url);
        Assert.Contains($"{tool} job board", candidate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hiring_tools_marketing_site_is_not_a_board()
    {
        Assert.Empty(Score("""<a href="https://www.bamboohr.com/">Powered by BambooHR</a>"""));
    }

    [Fact]
    public void Ranks_a_strong_word_above_a_weak_one_and_a_hiring_tool_above_both()
    {
        var candidates = Score("""
            <a href="/get-involved/opportunities/">Opportunities</a>
            <a href="/about/careers/">Careers</a>
            <a href="https://boards.greenhouse.io/exampleorg">Careers</a>
            """);

        Assert.Equal(
            ["https://boards.greenhouse.io/exampleorg", "https://example.org/about/careers/", "https://example.org/get-involved/opportunities/"],
            candidates.Select(candidate => candidate.Url.AbsoluteUri));
        Assert.True(candidates[0].Score > candidates[1].Score && candidates[1].Score > candidates[2].Score);
    }

    [Fact]
    public void Keeps_one_candidate_per_address_with_its_best_reason()
    {
        var candidates = Score("""
            <a href="/careers">Learn more</a>
            <a href="/careers/#openings">Careers</a>
            <footer><a href="https://example.org/careers/">Careers</a></footer>
            """);

        var candidate = Assert.Single(candidates);
        Assert.Contains("text says \"careers\"", candidate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_labels_of_icon_and_image_links()
    {
        var candidates = Score("""
            <a href="/a" aria-label="Job openings"><svg></svg></a>
            <a href="/b"><img src="/hiring.png" alt="We are hiring"></a>
            """);

        Assert.Equal(["https://example.org/a", "https://example.org/b"], candidates.Select(candidate => candidate.Url.AbsoluteUri));
    }

    [Fact]
    public void Treats_subdomains_of_the_site_as_the_site()
    {
        var candidate = Assert.Single(Score("""<a href="https://jobs.example.org/">Jobs</a>""", page: new Uri("https://www.example.org/")));

        Assert.Equal(new Uri("https://jobs.example.org/"), candidate.Url);
    }

    [Fact]
    public void Prefers_the_organisations_own_pages_within_a_larger_site()
    {
        var clinic = new Uri("https://law.example.edu/clinics/innocence-project");

        var candidates = Score("""
            <a href="https://careers.example.edu/">Careers</a>
            <a href="/clinics/innocence-project/careers">Careers</a>
            """, page: clinic);

        Assert.Equal(new Uri("https://law.example.edu/clinics/innocence-project/careers"), candidates[0].Url);
        Assert.Equal(new Uri("https://careers.example.edu/"), candidates[1].Url);
    }

    [Fact]
    public void Resolves_links_against_the_pages_base_element()
    {
        var candidates = CareersLinkScorer.ScoreLinks(
            """<html><head><base href="https://example.org/en/"></head><body><a href="careers">Careers</a></body></html>""",
            Home, Home, null, out _);

        Assert.Equal(new Uri("https://example.org/en/careers"), Assert.Single(candidates).Url);
    }

    [Fact]
    public void A_section_of_the_home_page_is_a_candidate_itself()
    {
        var candidate = Assert.Single(Score("""<a href="#join-our-team">Join our team</a>"""));

        Assert.Equal(Home, candidate.Url);
    }

    [Fact]
    public void The_pages_own_address_says_nothing_about_links_within_it()
    {
        Assert.Empty(Score("""<a href="#content">Skip to content</a>""", page: new Uri("https://example.org/careers/")));
    }

    [Fact]
    public void Prefers_a_listing_to_its_postings_between_equals()
    {
        var candidates = Score("""
            <a href="/vacatures/juridisch-medewerker">Bekijk vacature</a>
            <a href="/vacatures">Vacatures</a>
            """);

        Assert.Equal(new Uri("https://example.org/vacatures"), candidates[0].Url);
    }

    [Fact]
    public void The_sites_language_breaks_a_tie_between_languages()
    {
        var candidates = Score("""
            <a href="/en/jobs">Jobs</a>
            <a href="/it/lavora-con-noi">Lavora con noi</a>
            """, language: "it");

        Assert.Equal(new Uri("https://example.org/it/lavora-con-noi"), candidates[0].Url);
    }

    [Fact]
    public void Takes_the_language_from_the_page_when_the_source_gives_none()
    {
        var candidates = CareersLinkScorer.ScoreLinks(
            """<html lang="nl-NL"><body><a href="/jobs">Jobs</a><a href="/vacatures">Vacatures</a></body></html>""", Home, Home, null, out _);

        Assert.Equal(new Uri("https://example.org/vacatures"), candidates[0].Url);
    }

    [Fact]
    public void Counts_every_web_link_seen()
    {
        CareersLinkScorer.ScoreLinks(
            """<a href="/">Home</a><a href="https://elsewhere.example/">Partner</a><a href="mailto:a@example.org">Mail</a>""",
            Home, Home, null, out var linksSeen);

        Assert.Equal(2, linksSeen);
    }

    [Theory]
    [InlineData("https://example.org/careers/", 1)]
    [InlineData("https://example.org/careers/staff-attorney/", 1)]
    [InlineData("https://example.org/opportunities/", 1)]
    [InlineData("https://example.org/lavora-con-noi/", 1)]
    [InlineData("https://example.org/2019/05/annual-report/", 0)]
    [InlineData("https://example.org/volunteer-opportunities/", 0)]
    [InlineData("https://other.example/careers/", 0)]
    [InlineData("https://example.org/wp-content/uploads/jobs.pdf", 0)]
    public void Scores_sitemap_entries_by_their_path(string page, int expected)
    {
        var sitemap = new Uri("https://example.org/sitemap.xml");

        var candidates = CareersLinkScorer.ScoreSitemapPages([(new Uri(page), sitemap)], Home, null);

        Assert.Equal(expected, candidates.Count);
    }

    [Fact]
    public void Ranks_a_listing_above_its_postings_in_a_sitemap()
    {
        var sitemap = new Uri("https://example.org/page-sitemap.xml");
        Uri[] pages = [new("https://example.org/careers/paralegal/"), new("https://example.org/careers/"), new("https://example.org/get-involved/opportunities/")];

        var candidates = CareersLinkScorer.ScoreSitemapPages(pages.Select(page => (page, sitemap)), Home, null);

        Assert.Equal(
            ["https://example.org/careers/", "https://example.org/careers/paralegal/", "https://example.org/get-involved/opportunities/"],
            candidates.Select(candidate => candidate.Url.AbsoluteUri));
        Assert.All(candidates, candidate => Assert.Equal(CandidateOrigin.Sitemap, candidate.Origin));
        Assert.StartsWith("sitemap https://example.org/page-sitemap.xml: path /careers/ says \"careers\"", candidates[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_sitemaps_of_jobs_and_pages_before_those_of_tags_and_posts()
    {
        Uri[] sitemaps =
        [
            new("https://example.org/post_tag-sitemap.xml"),
            new("https://example.org/post-sitemap.xml"),
            new("https://example.org/page-sitemap.xml"),
            new("https://example.org/job_listing-sitemap.xml"),
        ];

        Assert.Equal(
            ["job_listing-sitemap.xml", "page-sitemap.xml", "post-sitemap.xml", "post_tag-sitemap.xml"],
            CareersLinkScorer.RankSitemaps(sitemaps).Select(sitemap => sitemap.Segments[^1]));
    }
}
