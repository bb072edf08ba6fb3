using AngleSharp.Html.Parser;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class SiteNameTests
{
    [Theory]
    [InlineData("<title>Careers Archives - Centurion</title>", "Centurion")]
    [InlineData("<title>明德法律援助中心 - 加入我们</title>", "明德法律援助中心")]
    [InlineData("<title>採用情報｜京都刑事弁護センター</title>", "京都刑事弁護センター")]
    [InlineData("<title>招聘启事_新闻动态_成都市法律援助志愿者协会</title>", "成都市法律援助志愿者协会")]
    [InlineData("<title>Jongerenrechtswinkel Zuid – gratis juridisch advies voor jongeren</title>", "Jongerenrechtswinkel Zuid")]
    [InlineData("<title>Werken bij Rechtswinkel Utrecht</title>", "Rechtswinkel Utrecht")]
    [InlineData("<title>Projeto Inocência Recife — Vagas</title>", "Projeto Inocência Recife")]
    [InlineData("<title>Fundacja Niewinni | Praca</title>", "Fundacja Niewinni")]
    [InlineData("<title>Careers at Acme Legal</title>", "Acme Legal")]
    [InlineData("<title>Stellenangebote: Verein für Wiederaufnahmehilfe</title>", "Verein für Wiederaufnahmehilfe")]
    [InlineData("<title>Vacatures: Liga voor Rechtsherstel</title>", "Liga voor Rechtsherstel")]
    [InlineData("<title>Vacatures</title><footer><p>© 2026 Rechtswinkel Utrecht. Alle rechten voorbehouden.</p></footer>", "Rechtswinkel Utrecht")]
    [InlineData("<title>Careers</title><footer>&copy; 2024 Centurion &middot; 1000 Herrontown Road</footer>", "Centurion")]
    [InlineData("<title>Join the team</title><footer>Read our copyright policy</footer>", null)]
    [InlineData("<title>Boletín Diciembre: ¡Buscamos gente!</title><table id=\"bodyTable\"><tr><td id=\"templateBody\">Hola</td></tr><tr><td><em>Copyright © 2026 Proyecto Inocencia Argentina, Todos los derechos reservados.</em></td></tr></table>", "Proyecto Inocencia Argentina")]
    [InlineData("<title>Newsletter: We're hiring!</title><table id=\"bodyTable\"><tr><td id=\"templateBody\">Hello</td></tr><tr><td>Copyright © 2026 Appeal Justice, All rights reserved.</td></tr></table>", "Appeal Justice")]
    public void Names_the_owner_the_page_names(string html, string? owner) =>
        Assert.Equal(owner, SiteName.Of(new HtmlParser().ParseDocument(html)));

    [Fact]
    public void A_portals_name_gives_way_to_the_employer_its_title_and_heading_name()
    {
        var page = new HtmlParser().ParseDocument("""
            <title>Office of the Ohio Public Defender openings | State of Ohio Careers</title>
            <meta property="og:site_name" content="State of Ohio Careers"><h1>Office of the Ohio Public Defender</h1>
            """);

        Assert.Equal("Office of the Ohio Public Defender", SiteName.Of(page));
    }

    [Fact]
    public void A_postings_own_heading_on_a_portal_is_no_employer()
    {
        var page = new HtmlParser().ParseDocument("""
            <title>Staff Attorney | Acme Careers</title><meta property="og:site_name" content="Acme Careers"><h1>Staff Attorney</h1>
            """);

        Assert.Equal("Acme Careers", SiteName.Of(page));
    }

    [Theory]
    [InlineData("https://www.rechtswinkel-utrecht.nl/vacatures", "Rechtswinkel Utrecht")]
    [InlineData("https://centurion.org/careers/", "Centurion")]
    [InlineData("https://www.kyoto-keiji-bengo.jp/saiyo/", "Kyoto Keiji Bengo")]
    [InlineData("https://www.lawcentre.org.uk/jobs", "Law Centre")]
    [InlineData("https://boards.greenhouse.io/acme", "boards.greenhouse.io")]
    public void Reads_a_name_from_the_hosts_registrable_part(string url, string name) =>
        Assert.Equal(name, SiteName.OfHost(new Uri(url)));

    [Fact]
    public void A_host_configured_as_the_organisation_names_no_owner_better()
    {
        var page = new HtmlParser().ParseDocument("<title>Careers Archives - Centurion</title>");

        Assert.False(SiteName.ConfiguredNamesOwner("Centurion", "centurion.org", page));
        Assert.True(SiteName.ConfiguredNamesOwner("Centurion", "Centurion Ministries", page));
    }
}
