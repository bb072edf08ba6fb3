using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class ImageCardsAndListGroupsTests
{
    private static readonly Uri Page = new("https://members.test/careers/");

    [Theory]
    [InlineData("Join our team", "Staff Attorney – Boston, MA (full-time)", "Staff Attorney", "Boston, MA", "full-time", "job description")]
    [InlineData("Offres d'emploi", "Juriste – Lyon (CDI)", "Juriste", "Lyon", "CDI", "fiche de poste")]
    [InlineData("Trabaja con nosotros", "Abogado/a penalista – Sevilla (jornada completa)", "Abogado/a penalista", "Sevilla", "jornada completa", "descripción del puesto")]
    [InlineData("Stellenangebote", "Sozialarbeiter*in (m/w/d) – Köln (Teilzeit)", "Sozialarbeiter*in (m/w/d)", "Köln", "Teilzeit", "Stellenausschreibung")]
    public void A_gallerys_figures_linking_ads_are_openings_titled_by_their_captions(string heading, string caption, string title, string place,
        string terms, string document)
    {
        var html = $"""
            <html><body><main><h1>{heading}</h1><div class="wp-block-gallery">
              <figure class="wp-block-image"><a href="/uploads/first.pdf"><img src="/a.jpg" alt="{title} {document}"></a><figcaption>{caption}</figcaption></figure>
              <figure class="wp-block-image"><a href="/uploads/second.pdf"><img src="/b.jpg" alt="Paralegal {document}"></a><figcaption>Paralegal – {place} ({terms})</figcaption></figure>
            </div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([title, "Paralegal"], drafts.Select(d => d.Title));
        Assert.Equal([place, place], drafts.Select(d => d.Location));
        Assert.Equal([terms, terms], drafts.Select(d => d.EmploymentType));
        Assert.Equal(["https://members.test/uploads/first.pdf", "https://members.test/uploads/second.pdf"], drafts.Select(d => d.Url?.AbsoluteUri));
    }

    [Fact]
    public void A_gallery_of_photos_names_no_opening()
    {
        const string html = """
            <html><body><main><h1>Our team</h1><div class="wp-block-gallery">
              <figure><a href="/team/ana"><img src="/a.jpg" alt="Ana Ruiz"></a><figcaption>Ana Ruiz – Boston, MA</figcaption></figure>
              <figure><a href="/team/ben"><img src="/b.jpg" alt="Ben Cole"></a><figcaption>Ben Cole – Boston, MA</figcaption></figure>
            </div></main></body></html>
            """;

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));
    }

    [Theory]
    [InlineData("Apply by January 15, 2027", "Open until filled", "January 15, 2027")]
    [InlineData("Date limite : 15 janvier 2027", "Jusqu'à ce que le poste soit pourvu", "15 janvier 2027")]
    [InlineData("Plazo: 15 de enero de 2027", "Hasta cubrir la vacante", "15 de enero de 2027")]
    [InlineData("Bewerbungsschluss: 15.01.2027", "Bis zur Besetzung der Stelle", "15.01.2027")]
    public void A_list_groups_closing_date_stays_with_its_own_item(string closes, string open, string closing)
    {
        var html = $"""
            <html><body><main><h1>Careers</h1><div class="list-group">
              <a href="/jobs/attorney" class="list-group-item"><div><h5>Staff Attorney</h5><small>Posted Nov 30, 2026</small></div><p>Albuquerque, NM · Full-time</p><small>{closes}</small></a>
              <a href="/jobs/assistant" class="list-group-item"><div><h5>Legal Assistant</h5><small>Posted Nov 18, 2026</small></div><p>Las Cruces, NM · Part-time</p><small>{open}</small></a>
            </div></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Legal Assistant"], drafts.Select(d => d.Title));
        Assert.Equal([closing, null], drafts.Select(d => d.ValidThrough));
    }

    [Fact]
    public void A_sentence_stating_one_place_and_one_kind_of_job_for_its_linked_openings_gives_them_to_each()
    {
        const string html = """
            <html><body><main><h1>Jobs</h1>
              <p>We are hiring a <strong>Staff Attorney</strong> and an <strong>Investigator</strong>, both full-time and based in Anchorage.
              Read the <a href="/files/attorney.pdf">Staff Attorney announcement</a> and the <a href="/files/investigator.pdf">Investigator announcement</a>.
              Applications close January 22, 2027.</p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Staff Attorney", "Investigator"], drafts.Select(d => d.Title));
        Assert.Equal(["Anchorage", "Anchorage"], drafts.Select(d => d.Location));
        Assert.Equal(["full-time", "full-time"], drafts.Select(d => d.EmploymentType));
        Assert.Equal(["January 22, 2027", "January 22, 2027"], drafts.Select(d => d.ValidThrough));
    }

    [Theory]
    [InlineData("Open until filled", true)]
    [InlineData("Applications are accepted until the position is filled.", true)]
    [InlineData("Rolling basis", true)]
    [InlineData("Ouvert jusqu'à ce que le poste soit pourvu", true)]
    [InlineData("Hasta cubrir la plaza", true)]
    [InlineData("Bis zur Besetzung der Stelle", true)]
    [InlineData("Candidature fino a copertura della posizione", true)]
    [InlineData("Solliciteren kan tot de vacature is vervuld", true)]
    [InlineData("Inscrições até o preenchimento da vaga", true)]
    [InlineData("Apply by January 15, 2027", false)]
    [InlineData("Position filled", false)]
    public void Knows_an_opening_that_stays_open_until_filled(string text, bool open) =>
        Assert.Equal(open, ClosingSentences.SaysOpenUntilFilled(text));
}
