using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class TitleFactSegmentsTests
{
    [Theory]
    [InlineData("Juriste (m/f/x) – CDI – Bruxelles", "Juriste (m/f/x)", "CDI", "Bruxelles")]
    [InlineData("Chargé·e de communication (m/f/x) – 4/5e – Liège", "Chargé·e de communication (m/f/x)", "4/5e", "Liège")]
    [InlineData("Juriste – Bruxelles – CDD", "Juriste", "CDD", "Bruxelles")]
    [InlineData("Sozialarbeiter*in (m/w/d) – 30 Std./Woche", "Sozialarbeiter*in (m/w/d)", "30 Std./Woche", null)]
    [InlineData("Rechtsanwalt (m/w/d) – Teilzeit – befristet", "Rechtsanwalt (m/w/d)", "Teilzeit, befristet", null)]
    [InlineData("Staff Attorney – Boston, MA (full-time)", "Staff Attorney", "full-time", "Boston, MA")]
    [InlineData("Paralegal – Boston, MA (part-time, 20 hours)", "Paralegal", "part-time, 20 hours", "Boston, MA")]
    [InlineData("Policy Officer — 0.6 FTE", "Policy Officer", "0.6 FTE", null)]
    [InlineData("Abogado/a – Jornada completa – Madrid", "Abogado/a", "Jornada completa", "Madrid")]
    [InlineData("Avvocato/a penalista – Tempo parziale", "Avvocato/a penalista", "Tempo parziale", null)]
    [InlineData("Jurist (m/v/x) – Deeltijds – Gent", "Jurist (m/v/x)", "Deeltijds", "Gent")]
    [InlineData("Projektkoordination (m/w/d), 75 %, befristet", "Projektkoordination (m/w/d)", "75 %, befristet", null)]
    [InlineData("Studentische Hilfskraft (m/w/d), 10 Std./Woche", "Studentische Hilfskraft (m/w/d)", "10 Std./Woche", null)]
    [InlineData("Juriste (H/F), CDD, 80 %", "Juriste (H/F)", "CDD, 80 %", null)]
    [InlineData("Paralegal, Part-time", "Paralegal", "Part-time", null)]
    [InlineData("Assistente legale, tempo determinato", "Assistente legale", "tempo determinato", null)]
    [InlineData("Jurist (m/v/x), 24 uur", "Jurist (m/v/x)", "24 uur", null)]
    [InlineData("Abogado/a, jornada completa – Madrid", "Abogado/a", "jornada completa", "Madrid")]
    public void A_dash_segment_of_terms_or_a_town_leaves_the_title(string title, string expectedTitle, string terms, string? place)
    {
        var read = TitleFactSegments.Read(new PostingDraft { Title = title }, withPlace: true);

        Assert.Equal((expectedTitle, terms, place), (read.Title, read.EmploymentType, read.Location));
    }

    [Theory]
    [InlineData("Psicólogo(a) – Cali", "Cali, Valle del Cauca", "Psicólogo(a)")]
    [InlineData("Avvocato/a penalista – Napoli", "Napoli (ibrido)", "Avvocato/a penalista")]
    [InlineData("Staff Attorney – Boston", "Boston", "Staff Attorney")]
    [InlineData("Juriste – Lyon", "Villeurbanne", "Juriste – Lyon")]
    [InlineData("Abogado/a – Valencia", "Valenciana, Comunitat", "Abogado/a – Valencia")]
    public void A_title_s_town_the_block_states_first_leaves_the_title(string title, string location, string expectedTitle)
    {
        var read = TitleFactSegments.Read(new PostingDraft { Title = title, Location = location }, withPlace: true);

        Assert.Equal((expectedTitle, location), (read.Title, read.Location));
    }

    [Theory]
    [InlineData("Assistente jurídico(a) – estágio")]
    [InlineData("Staff Attorney – Post-Conviction")]
    [InlineData("Assistant Public Defender – Connecticut Innocence Project")]
    [InlineData("Legal Intern – Summer 2027")]
    [InlineData("Court Watch – Volunteer")]
    [InlineData("CDI – Juriste")]
    [InlineData("Director of Policy, Advocacy and Communications")]
    [InlineData("Avvocato, Milano")]
    [InlineData("Staff Attorney (Boston, part-time)")]
    public void Keeps_a_segment_that_names_more_than_terms_or_a_town(string title) =>
        Assert.Equal(title, TitleFactSegments.Read(new PostingDraft { Title = title }, withPlace: true).Title);

    [Theory]
    [InlineData("CDI", null, "CDI")]
    [InlineData("4/5e", "Contrat à durée déterminée", "4/5e")]
    [InlineData("30 Std./Woche", "Unbefristete Anstellung", "30 Std./Woche")]
    [InlineData("CDI", "Temps plein (38 h/semaine)", "Temps plein (38 h/semaine)")]
    public void The_terms_are_the_kind_of_job_unless_the_block_states_the_hours_and_they_do_not(string terms, string? blockType, string expected)
    {
        var read = TitleFactSegments.Read(new PostingDraft { Title = $"Juriste – {terms}", EmploymentType = blockType }, withPlace: false);

        Assert.Equal(("Juriste", expected), (read.Title, read.EmploymentType));
    }

    [Fact]
    public void A_town_segment_stays_when_the_block_names_its_place_or_no_place_is_wanted()
    {
        Assert.Equal("Juriste – Bruxelles", TitleFactSegments.Read(new PostingDraft { Title = "Juriste – Bruxelles – CDI" }, withPlace: false).Title);
        Assert.Equal("Juriste – Namur", TitleFactSegments.Read(new PostingDraft { Title = "Juriste – Namur", Location = "Liège" }, withPlace: true).Title);
    }

    [Theory]
    [InlineData("CDI", true)]
    [InlineData("Vollzeit, unbefristet", true)]
    [InlineData("4/5", true)]
    [InlineData("80 %", true)]
    [InlineData("0,8 FTE", true)]
    [InlineData("Part-time, 20 hours", true)]
    [InlineData("Post-Conviction", false)]
    [InlineData("Boston", false)]
    [InlineData("Stage", false)]
    public void Knows_terms_of_a_job(string text, bool terms) => Assert.Equal(terms, TitleFactSegments.IsTerms(text));

    [Theory]
    [InlineData("Fahrer*in für den Begleitdienst (Minijob, 556 €/Monat)", "Fahrer*in für den Begleitdienst", "556 €/Monat", "Minijob")]
    [InlineData("Recepcionista (medio tiempo, $1.300.000 mensuales)", "Recepcionista", "$1.300.000 mensuales", "medio tiempo")]
    [InlineData("Caseworker ($22/hour)", "Caseworker", "$22/hour", null)]
    [InlineData("Assistente legale (part-time, 900 € al mese)", "Assistente legale", "900 € al mese", "part-time")]
    public void A_closing_bracket_of_pay_and_terms_leaves_the_title(string title, string expectedTitle, string pay, string? terms)
    {
        var read = TitleFactSegments.Read(new PostingDraft { Title = title }, withPlace: false);

        Assert.Equal(expectedTitle, read.Title);
        Assert.Equal(pay, read.SalaryText);
        Assert.Equal(terms, read.EmploymentType);
    }

    [Theory]
    [InlineData("Office manager (parttime)")]
    [InlineData("Juriste (Lyon, 2 postes)")]
    [InlineData("Sozialarbeiter*in (m/w/d)")]
    public void A_closing_bracket_without_pay_stays(string title) =>
        Assert.Equal(title, TitleFactSegments.Read(new PostingDraft { Title = title }, withPlace: false).Title);
}
