using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class TitleOrganizationHeadingsTests
{
    private static readonly Uri Page = new("https://members.test/jobs/");

    [Fact]
    public void A_page_s_h1_heads_its_own_opening_not_an_entry_with_a_read_more_link()
    {
        const string html = """
            <html><body><main>
              <h1>Duty Lawyer – Criminal Law</h1>
              <p>Location: Hamilton</p>
              <p><a href="/files/duty-lawyer-job-description.pdf">Job description (PDF)</a></p>
            </main></body></html>
            """;

        Assert.Empty(TitleOrganizationHeadings.Find(Html.Parse(html), Page, Page));
    }

    [Fact]
    public void Listed_headings_each_take_their_read_more_link()
    {
        const string html = """
            <html><body><main>
              <h1>Vacancies</h1>
              <h2>Duty Lawyer – Criminal Law</h2>
              <p><a href="/files/duty-lawyer-job-description.pdf">Job description (PDF)</a></p>
              <h2>Office Administrator</h2>
              <p><a href="/files/office-administrator-job-description.pdf">Job description (PDF)</a></p>
            </main></body></html>
            """;

        var found = TitleOrganizationHeadings.Find(Html.Parse(html), Page, Page);

        Assert.Equal(["office-administrator-job-description.pdf"], found.Where(f => f.Title == "Office Administrator").Select(f => f.Url.Segments[^1]));
        Assert.Equal(2, found.Count);
    }

    [Theory]
    [InlineData("Careers / Carrières", "Staff Lawyer – Toronto", "Full-time, permanent · $95,000–$112,000 per year", "Read the job posting", "Staff Lawyer", "Toronto")]
    [InlineData("Offres d'emploi", "Juriste (H/F) – Lausanne", "CDI, 80 % · Délai : 20 janvier 2027", "Lire l'offre", "Juriste (H/F)", "Lausanne")]
    [InlineData("Lavora con noi", "Avvocato/a penalista – Napoli", "Tempo pieno · Scadenza: 20 gennaio 2027", "Leggi di più", "Avvocato/a penalista", "Napoli")]
    [InlineData("Vacatures", "Sociaal advocaat – Gent", "Voltijds, onbepaalde duur", "Lees meer", "Sociaal advocaat", "Gent")]
    [InlineData("Current vacancies", "Candidate Attorney (2 posts) – Johannesburg", "Two-year articles · R9 000 per month", "Read more", "Candidate Attorney", "Johannesburg")]
    public void A_heading_s_town_after_its_dash_is_the_place_of_an_opening_with_a_read_more_link(
        string section, string heading, string facts, string readMore, string title, string place)
    {
        var html = $"""
            <html><body><main><h1>{section}</h1>
              <h2>{heading}</h2><p>{facts}</p><p><a href="/careers/first">{readMore}</a></p>
              <h2>Paralegal – Ottawa</h2><p>{facts}</p><p><a href="/careers/second">{readMore}</a></p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([title, "Paralegal"], drafts.Select(d => d.Title));
        Assert.Equal([place, "Ottawa"], drafts.Select(d => d.Location));
    }

    [Theory]
    [InlineData("+")]
    [InlineData("›")]
    [InlineData("▾")]
    [InlineData("×")]
    public void An_accordion_toggle_s_hidden_icon_is_no_part_of_its_title(string icon)
    {
        var html = $"""
            <html><body><main><h1>Careers</h1>
            <div class="hs-accordion__item"><h3><button aria-expanded="false" aria-controls="p1"><span class="hs-accordion__title">Support Worker – Hamilton</span><span aria-hidden="true">{icon}</span></button></h3>
            <div id="p1" hidden><p>Hamilton · 30 hours per week · $28.50–$31.00 per hour</p><p><a href="/hubfs/Support-Worker-PD.pdf">Position description (PDF, 220 KB)</a></p></div></div>
            <div class="hs-accordion__item"><h3><button aria-expanded="false" aria-controls="p2"><span class="hs-accordion__title">Team Leader – Tauranga</span><span aria-hidden="true">{icon}</span></button></h3>
            <div id="p2" hidden><p>Tauranga · full-time (40 hours) · $78,000–$86,000 per annum</p><p><a href="/hubfs/Team-Leader-PD.pdf">Position description (PDF, 185 KB)</a></p></div></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([("Support Worker", "Hamilton"), ("Team Leader", "Tauranga")], drafts.Select(d => (d.Title!, d.Location!)));
    }
}
