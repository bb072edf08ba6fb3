using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class SpeakerLinesTests
{
    private static readonly Uri Page = new("https://members.test/careers-evening/");

    [Theory]
    [InlineData(", Innocence Aotearoa – on case review and litigation", true)]
    [InlineData(", Ligue des droits – sur la révision des condamnations", true)]
    [InlineData(", Fundación Esperanza – sobre la reforma procesal", true)]
    [InlineData(", Progetto Innocenza – su come si riapre un processo", true)]
    [InlineData(", Innocence Nederland – over herziening", true)]
    [InlineData(", Projekt Unschuld – über Wiederaufnahmeverfahren", true)]
    [InlineData(" at the Public Defence Service, who will talk about finding new evidence", true)]
    [InlineData(" (Avocats sans frontières) interviendra sur l'aide juridique", true)]
    [InlineData(" de la Defensoría, hablará sobre el acceso a la justicia", true)]
    [InlineData(" – on call, Boston", false)]
    [InlineData(", Legal Aid – on secondment for 12 months", false)]
    [InlineData(" – Full-time – Leeds – on site", false)]
    [InlineData(", Wellington – Full-time", false)]
    public void Reads_what_a_speaker_speaks_about_after_their_post(string textAfterTitle, bool topic) =>
        Assert.Equal(topic, SpeakerLines.SaysTopic(textAfterTitle));

    [Theory]
    [InlineData("Careers in justice: an evening for law students", "Hear from people who do the work:",
        "<li><strong>Staff Solicitor</strong>, Innocence Aotearoa – on case review</li><li><strong>Senior Investigator</strong>, Public Defence Service – on finding new evidence</li><li><strong>Policy Adviser</strong>, Te Kāhui Ture – on law reform</li>")]
    [InlineData("Carrières en justice : soirée d'information", "Avec la participation de :",
        "<li><strong>Juriste</strong>, Ligue des droits – sur la révision</li><li><strong>Avocat·e</strong>, Barreau de Lyon – sur l'aide juridictionnelle</li><li><strong>Chargé·e de plaidoyer</strong>, Observatoire des prisons – sur le plaidoyer</li>")]
    [InlineData("Empleos en la justicia: jornada informativa", "Intervienen:",
        "<li><strong>Abogada</strong>, Fundación Esperanza – sobre la reforma procesal</li><li><strong>Trabajador social</strong>, Defensoría Penal – sobre la reinserción</li><li><strong>Investigador</strong>, Clínica Jurídica – sobre la prueba</li>")]
    [InlineData("Karriere im Justizwesen: Infoabend", "Es sprechen:",
        "<li><strong>Rechtsanwältin</strong>, Projekt Unschuld – über Wiederaufnahmen</li><li><strong>Sozialarbeiter</strong>, Straffälligenhilfe – über Resozialisierung</li><li><strong>Referentin</strong>, Justizministerium – über Reformen</li>")]
    public void An_event_s_speakers_named_by_their_posts_are_no_openings(string heading, string lead, string items)
    {
        var html = $"""
            <html><body><main><article><h1>{heading}</h1>
            <p><strong>When:</strong> Thursday 18 February 2027, 5.30pm<br><strong>Where:</strong> Lecture Theatre 1</p>
            <p>{lead}</p><ul>{items}</ul>
            <p><a class="button" href="/events/register">Register now</a></p></article></main></body></html>
            """;

        Assert.Empty(ListingHeuristicsStrategy.Extract(Html.Parse(html), Page));
    }

    [Fact]
    public void Openings_whose_dash_segment_starts_with_on_are_still_openings()
    {
        const string html = """
            <html><body><main><h1>Careers</h1><ul>
            <li><strong>Duty Solicitor</strong>, Leeds – on call rota, £38,000 per year</li>
            <li><strong>Caseworker</strong>, Bradford – on a 12-month contract, £28,000 per year</li>
            </ul></main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Duty Solicitor", "Caseworker"], drafts.Select(d => d.Title));
    }
}
