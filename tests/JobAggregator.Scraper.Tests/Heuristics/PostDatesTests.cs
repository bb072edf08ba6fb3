using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class PostDatesTests
{
    private static readonly Uri Page = new("https://members.test/p/hiring");

    [Theory]
    [InlineData("pt", "Estamos contratando!", "15 de dez. de 2026", "Advogado(a) criminalista", "Local: Recife/PE")]
    [InlineData("es", "¡Estamos contratando!", "3 de marzo de 2027", "Abogado/a penalista", "Lugar: Sevilla")]
    [InlineData("en", "We're hiring", "March 3, 2027", "Staff Attorney", "Location: Leeds")]
    [InlineData("de", "Wir suchen Verstärkung", "03.03.2027", "Jurist*in (m/w/d)", "Ort: Bremen")]
    public void A_post_announcing_openings_dates_them_by_its_header(string language, string headline, string date, string title, string place)
    {
        var html = $"""
            <html lang="{language}"><body><main><article><div class="post-header"><h1>{headline}</h1><div class="meta"><div>Org</div><div>{date}</div></div></div>
              <div class="body"><h3>{title}</h3><ul><li><p>{place}</p></li></ul><h3>{title} II</h3><ul><li><p>{place}</p></li></ul></div>
            </article></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal(date, d.DatePosted));
    }

    [Theory]
    [InlineData("zh-TW", "【徵才】本會誠徵社工員", "公告日期：2026-12-03", "2026-12-03", "社工員", "工作地點：新北市")]
    [InlineData("es", "¡Estamos contratando!", "Publicado el 03/12/2026", "03/12/2026", "Abogado/a penalista", "Lugar: Sevilla")]
    [InlineData("en", "We're hiring", "Posted: December 3, 2026", "December 3, 2026", "Staff Attorney", "Location: Leeds")]
    [InlineData("zh", "江城大学法学院2027年招聘启事", "<span>发布时间：2026-12-05</span><span>作者：诊所办公室</span><span>浏览次数：842</span>", "2026-12-05", "项目主管", "工作地点：武汉市")]
    [InlineData("es", "¡Estamos contratando!", "<span>Publicado: 03/12/2026</span> · <span>Redacción</span>", "03/12/2026", "Abogado/a penalista", "Lugar: Sevilla")]
    [InlineData("it", "Avviso di selezione 2027", "<span>Pubblicato il: 03/12/2026</span><span>Letture: 842</span>", "03/12/2026", "Avvocato/a", "Sede: Bologna")]
    public void A_posted_date_line_under_the_headline_dates_the_openings_in_the_same_body(string language, string headline, string line,
        string date, string title, string place)
    {
        var html = $"""
            <html lang="{language}"><body><main><div class="news-content"><h1>{headline}</h1><div class="news-date">{line}</div>
              <h3>{title}</h3><p>{place}<br>€ 2.000</p><h3>{title} II</h3><p>{place}<br>€ 2.000</p></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal(date, d.DatePosted));
    }

    [Fact]
    public void A_careers_page_s_date_is_no_opening_s()
    {
        const string html = """
            <html lang="fr"><body><main><div class="cartouche"><h1>Offres d'emploi</h1><p class="info-publi">10 février 2025</p></div>
              <div class="texte"><h2>Juriste</h2><p>Lieu : Lyon</p><h2>Secrétaire juridique</h2><p>Lieu : Lyon</p></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Null(d.DatePosted));
    }

    [Theory]
    [InlineData("zh", "加入我们", "本中心现诚聘以下岗位：", "发布日期：2026-12-01", "2026-12-01", "法务专员", "社工督导")]
    [InlineData("ja", "採用情報", "現在、以下の職種を募集しています。", "掲載日：2026年12月1日", "2026年12月1日", "事務職員", "相談員")]
    [InlineData("en", "Join our team", "We are hiring for the following positions:", "Posted: December 1, 2026", "December 1, 2026", "Staff Attorney", "Paralegal")]
    [InlineData("es", "Trabaja con nosotros", "Estamos contratando para los siguientes puestos:", "Publicado el 01/12/2026", "01/12/2026", "Abogado/a", "Trabajador/a social")]
    public void A_posted_date_line_in_an_introduction_announcing_the_openings_dates_every_one(string language, string heading, string intro, string line,
        string date, string first, string second)
    {
        var html = $"""
            <html lang="{language}"><body><main><div class="page-content"><h1>{heading}</h1><p>{intro}</p><p class="meta">{line}</p>
              <div class="job-item"><h3 class="job-title">{first}</h3><p>北京 · 全职 · Full-time · €2.000</p></div>
              <div class="job-item"><h3 class="job-title">{second}</h3><p>上海 · 全职 · Full-time · €2.000</p></div>
            </div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal(date, d.DatePosted));
    }
}
