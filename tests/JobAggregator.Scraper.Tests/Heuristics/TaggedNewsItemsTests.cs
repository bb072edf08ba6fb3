using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class TaggedNewsItemsTests
{
    private static readonly Uri NewsPage = new("https://members.test/news/");

    [Theory]
    [InlineData("採用", "イベント", "事務補佐員（パートタイム）募集", "事務補佐員（パートタイム）", "公開シンポジウムを開催します")]
    [InlineData("Jobs", "Events", "Staff Attorney", "Staff Attorney", "Annual dinner with our clients")]
    [InlineData("Vacatures", "Nieuws", "Jurist (32 uur)", "Jurist (32 uur)", "Jaarverslag 2026 verschenen")]
    [InlineData("Stellen", "Aktuelles", "Sozialarbeiter*in (m/w/d)", "Sozialarbeiter*in (m/w/d)", "Tag der offenen Tür")]
    [InlineData("Empleo", "Noticias", "Abogado/a penalista", "Abogado/a penalista", "Jornada sobre errores judiciales")]
    public void A_news_list_s_items_tagged_as_recruitment_are_openings_dated_by_their_item(
        string recruitmentTag, string otherTag, string linked, string title, string otherTitle)
    {
        var html = $"""
            <html><body><main><h1>News</h1><dl class="news-list">
            <dt><time datetime="2026-12-04">2026.12.04</time><span class="cat cat-a">{recruitmentTag}</span></dt><dd><a href="/news/opening/">{linked}</a></dd>
            <dt><time datetime="2026-11-30">2026.11.30</time><span class="cat cat-b">{otherTag}</span></dt><dd><a href="/news/other/">{otherTitle}</a></dd>
            </dl></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), NewsPage);

        var opening = Assert.Single(drafts);
        Assert.Equal((title, "2026-12-04", "https://members.test/news/opening/"), (opening.Title, opening.DatePosted, opening.Url?.ToString()));
    }

    [Theory]
    [InlineData("徵才", "活動", "【已截止】【徵才】社工督導", "法務專員（專任）")]
    [InlineData("招聘", "新闻", "【招聘结束】项目主管", "法律助理")]
    [InlineData("採用", "お知らせ", "【募集終了】事務局スタッフ募集", "パラリーガル")]
    [InlineData("Jobs", "Events", "[FILLED] Staff Attorney", "Paralegal")]
    [InlineData("Empleo", "Noticias", "Abogado/a penalista (CERRADA)", "Trabajador/a social")]
    [InlineData("Vacatures", "Nieuws", "Jurist – vervuld", "Maatschappelijk werker")]
    public void A_recruitment_item_its_title_marks_closed_is_no_opening(string recruitmentTag, string otherTag, string closedTitle, string openTitle)
    {
        var html = $"""
            <html><body><main><h1>News</h1><ul class="news-list">
            <li><span class="date">2026-12-03</span><span class="badge cat-job">{recruitmentTag}</span><a href="/news/318">{openTitle}</a></li>
            <li><span class="date">2026-12-01</span><span class="badge cat-event">{otherTag}</span><a href="/news/317">2027 annual report</a></li>
            <li><span class="date">2026-10-15</span><span class="badge cat-job">{recruitmentTag}</span><a href="/news/300">{closedTitle}</a></li>
            </ul></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), NewsPage);

        Assert.Equal([openTitle], drafts.Select(d => d.Title));
    }

    [Theory]
    [InlineData("""<span class="badge">Jobs</span>""", "Paralegal")]
    [InlineData("""<a rel="category tag" href="/category/vacatures/">Vacatures</a>""", "Maatschappelijk werker")]
    public void A_list_item_s_badge_or_category_link_tags_it(string tag, string title)
    {
        var html = $"""
            <html><body><main><h1>Latest</h1><ul class="posts">
            <li><time datetime="2026-11-02">2 Nov 2026</time> {tag} <a href="/posts/opening">{title}</a></li>
            <li><time datetime="2026-10-20">20 Oct 2026</time> <span class="badge">Events</span> <a href="/posts/dinner">Annual dinner</a></li>
            <li><time datetime="2026-10-01">1 Oct 2026</time> <span class="badge">News</span> <a href="/posts/report">Our annual report is out</a></li>
            </ul></main></body></html>
            """;

        var opening = Assert.Single(ListingHeuristicsStrategy.Extract(Html.Parse(html), NewsPage));

        Assert.Equal((title, "2026-11-02"), (opening.Title, opening.DatePosted));
    }

    [Theory]
    [InlineData("Events", "News", "Staff Attorney wins an exoneration")]
    [InlineData("Jobs", "News", "Job fair on March 3")]
    [InlineData("採用", "お知らせ", "2027年度採用説明会を開催します")]
    public void A_tagged_news_list_without_a_recruitment_item_naming_a_role_lists_no_openings(string firstTag, string otherTag, string firstTitle)
    {
        var html = $"""
            <html><body><main><h1>News</h1><ul>
            <li><span class="category">{firstTag}</span> <a href="/news/1">{firstTitle}</a></li>
            <li><span class="category">{otherTag}</span> <a href="/news/2">Our annual report is out</a></li>
            </ul></main></body></html>
            """;

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), NewsPage));
    }

    [Theory]
    [InlineData("https://members.test/aktuelles", "Stellenausschreibung: Juristin / Jurist", "Juristin / Jurist", "Unser Jahresbericht 2025 ist online")]
    [InlineData("https://members.test/actualites/", "Offre d'emploi : Juriste en droit des étrangers", "Juriste en droit des étrangers", "Notre rapport annuel 2025")]
    [InlineData("https://members.test/noticias/", "Buscamos: Abogado/a penalista", "Abogado/a penalista", "Memoria anual 2025")]
    [InlineData("https://members.test/nieuws/", "Vacature Jurist vreemdelingenrecht", "Jurist vreemdelingenrecht", "Ons jaarverslag 2025")]
    [InlineData("https://members.test/news/", "Job opening: Staff Attorney", "Staff Attorney", "Our 2025 annual report")]
    public void A_news_item_titled_as_a_job_ad_is_an_opening_and_the_other_items_are_news(string page, string adTitle, string title, string newsTitle)
    {
        var folder = new Uri(page).AbsolutePath.TrimEnd('/');
        var html = $"""
            <html><body><main><h1>News</h1>
            <div class="blog-item"><h2><a href="{folder}/245-ad">{adTitle}</a></h2><p>Linz · 20 Wochenstunden · bis 17. Jänner 2027</p><p class="readmore"><a href="{folder}/245-ad">Read more</a></p></div>
            <div class="blog-item"><h2><a href="{folder}/244-report">{newsTitle}</a></h2><p>1.840 Beratungen im Jahr 2025.</p><p class="readmore"><a href="{folder}/244-report">Read more</a></p></div>
            <div class="blog-item"><h2><a href="{folder}/243-dinner">Fachtagung in Salzburg</a></h2><p>120 Teilnehmer*innen.</p><p class="readmore"><a href="{folder}/243-dinner">Read more</a></p></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), new Uri(page));

        Assert.Equal([title], drafts.Select(d => d.Title));
    }

    [Fact]
    public void A_news_list_without_an_item_titled_as_a_job_ad_lists_no_openings()
    {
        var html = """
            <html><body><main><h1>Aktuelles</h1>
            <div class="blog-item"><h2><a href="/aktuelles/244-bericht">Unser Jahresbericht 2025 ist online</a></h2><p class="readmore"><a href="/aktuelles/244-bericht">Weiterlesen</a></p></div>
            <div class="blog-item"><h2><a href="/aktuelles/243-sozialarbeit">Sozialarbeiter*innen berichten aus der Haftentlassenenhilfe</a></h2><p class="readmore"><a href="/aktuelles/243-sozialarbeit">Weiterlesen</a></p></div>
            </main></body></html>
            """;

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), new Uri("https://members.test/aktuelles")));
    }
}
