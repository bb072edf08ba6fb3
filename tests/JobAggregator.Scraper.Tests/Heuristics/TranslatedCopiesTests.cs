using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class TranslatedCopiesTests
{
    private static readonly Uri Page = new("https://members.test/careers/");

    [Theory]
    [InlineData("Juristin / Jurist 60–80 %", "Bern", "unbefristet", "20. Januar 2027", "Juriste 60–80 %", "Berne", "durée indéterminée", "20 janvier 2027")]
    [InlineData("Juriste (m/f/x)", "Bruxelles", "CDI, temps plein", "15 mai 2027", "Jurist (m/v/x)", "Brussel", "onbepaalde duur, voltijds", "15 mei 2027")]
    [InlineData("Sozialarbeiter*in 50 %", "Biel", "befristet bis Ende Jahr", "1. Februar 2027", "Travailleur·se social·e 50 %", "Bienne", "durée déterminée", "1er février 2027")]
    [InlineData("Avvocato/a", "Bolzano", "tempo pieno", "31 gennaio 2027", "Rechtsanwalt*Rechtsanwältin", "Bozen", "Vollzeit", "31.01.2027")]
    [InlineData("Staff Attorney", "Miami", "Full time", "January 15, 2027", "Abogado/a", "Miami", "Tiempo completo", "15 de enero de 2027")]
    [InlineData("Juristin 80 %", "Genf", "unbefristet", "20. Januar 2027", "Juriste 80 %", "Geneve", "durée indéterminée", "20 janvier 2027")]
    public void One_opening_given_in_two_languages_is_one_posting_the_first(
        string title, string place, string type, string closes, string otherTitle, string otherPlace, string otherType, string otherCloses)
    {
        PostingDraft[] pair = [Draft(title, place, type, closes), Draft(otherTitle, otherPlace, otherType, otherCloses)];

        Assert.Equal([pair[0]], TranslatedCopies.Without([.. pair], pageLanguage: null));
    }

    [Fact]
    public void Of_an_opening_given_twice_the_copy_in_the_page_s_language_stays()
    {
        var german = Draft("Juristin / Jurist 60–80 %", "Bern", "unbefristet", "20. Januar 2027");
        var french = Draft("Juriste 60–80 %", "Berne", "durée indéterminée", "20 janvier 2027");

        Assert.Equal([french], TranslatedCopies.Without([german, french], "fr-CH"));
    }

    [Theory]
    [InlineData("Staff Attorney", "Chicago, IL", "Full time", "January 15, 2027", "Paralegal", "Chicago, IL", "Full time", "January 15, 2027")]
    [InlineData("Juristin", "Bern", "unbefristet", "20. Januar 2027", "Sachbearbeiterin", "Bern", "unbefristet", "20. Januar 2027")]
    [InlineData("Avocat·e", "Lyon", "CDI, temps plein", "15 janvier 2027", "Juriste", "Lyon", "CDI, temps plein", "15 janvier 2027")]
    [InlineData("Abogado/a", "Madrid", "Tiempo completo", "15 de enero de 2027", "Trabajador/a social", "Madrid", "Tiempo completo", "15 de enero de 2027")]
    [InlineData("Advocaat", "Amsterdam", "voltijds", "15 januari 2027", "Paralegal", "Amsterdam", "voltijds", "15 januari 2027")]
    public void Two_openings_in_one_language_with_the_same_deadline_stay_two(
        string title, string place, string type, string closes, string otherTitle, string otherPlace, string otherType, string otherCloses)
    {
        PostingDraft[] pair = [Draft(title, place, type, closes), Draft(otherTitle, otherPlace, otherType, otherCloses)];

        Assert.Equal(pair, TranslatedCopies.Without([.. pair], pageLanguage: null));
    }

    [Theory]
    [InlineData("Juriste 60–80 %", "Genève", "20 janvier 2027")]
    [InlineData("Juriste 60–80 %", "Berne", "27 janvier 2027")]
    [InlineData("Juriste 40 %", "Berne", "20 janvier 2027")]
    [InlineData("Juriste 60–80 %", null, "20 janvier 2027")]
    [InlineData("Juriste 60–80 %", "Berne", null)]
    public void Openings_in_two_languages_whose_facts_differ_stay_two(string otherTitle, string? otherPlace, string? otherCloses)
    {
        var german = Draft("Juristin / Jurist 60–80 %", "Bern", "unbefristet", "20. Januar 2027");
        var french = Draft(otherTitle, otherPlace, "durée indéterminée", otherCloses);

        Assert.Equal([german, french], TranslatedCopies.Without([german, french], pageLanguage: null));
    }

    [Fact]
    public void Openings_in_two_languages_with_different_pay_stay_two()
    {
        var english = Draft("Staff Attorney", "Miami", "Full time", "January 15, 2027") with { Salary = new ScrapedSalary(70000, 80000, "USD", "YEAR") };
        var spanish = Draft("Abogado/a", "Miami", "Tiempo completo", "15 de enero de 2027") with { Salary = new ScrapedSalary(50000, 60000, "USD", "YEAR") };

        Assert.Equal([english, spanish], TranslatedCopies.Without([english, spanish], pageLanguage: null));
    }

    [Theory]
    [InlineData("Abogada/o litigante en derechos humanos", "híbrida (3 días en oficina)", "$18,000 mensuales netos", "Auxiliar administrativo/a", "medio tiempo", "$9,000 mensuales netos")]
    [InlineData("Juriste en droit des étrangers", "CDI, temps plein", "2 800 € brut par mois", "Assistant·e juridique", "CDI, mi-temps", "1 500 € brut par mois")]
    [InlineData("Staff Attorney", "Full time", "$70,000–$80,000 a year", "Abogado/a", "Tiempo completo", "$50,000–$60,000 al año")]
    [InlineData("Juristin 80 %", "unbefristet", "CHF 7'200 brutto", "Juriste 80 %", "durée indéterminée", "CHF 6'900 brut")]
    public void Openings_whose_pay_as_written_differs_stay_two(string title, string type, string pay, string otherTitle, string otherType, string otherPay)
    {
        var first = Draft(title, "Oaxaca de Juárez, Oaxaca", type, "15 de enero de 2027") with { SalaryText = pay };
        var second = Draft(otherTitle, "Oaxaca de Juárez, Oaxaca", otherType, "15 de enero de 2027") with { SalaryText = otherPay };

        Assert.Equal([first, second], TranslatedCopies.Without([first, second], pageLanguage: null));
    }

    [Fact]
    public void An_opening_given_in_two_languages_with_the_same_pay_as_written_is_one_posting()
    {
        var german = Draft("Juristin / Jurist 60–80 %", "Bern", "unbefristet", "20. Januar 2027") with { SalaryText = "CHF 7'200 brutto pro Monat" };
        var french = Draft("Juriste 60–80 %", "Berne", "durée indéterminée", "20 janvier 2027") with { SalaryText = "CHF 7’200 brut par mois" };

        Assert.Equal([german], TranslatedCopies.Without([german, french], pageLanguage: null));
    }

    [Theory]
    [InlineData("es-ES", "ca", "es", null)]
    [InlineData("en-CA", "en", "fr", null)]
    [InlineData("de", "de", "it", null)]
    [InlineData("es-ES", "es", "es", "es-ES")]
    [InlineData("fr", null, null, "fr")]
    public void A_page_marking_its_copies_languages_keeps_the_first_copy(string page, string? first, string? second, string? preferred)
    {
        var firstLang = first is null ? "" : $" lang='{first}'";
        var secondLang = second is null ? "" : $" lang='{second}'";
        var html = $"""
            <html lang="{page}"><body><header><a lang="en" href="/en/">EN</a><a lang="fr" href="/fr/">FR</a></header>
              <main><div{firstLang}><h3>Advocat/da</h3></div><div{secondLang}><h3>Abogado/a</h3></div></main>
            </body></html>
            """;

        Assert.Equal(preferred, TranslatedCopies.PreferredLanguage(Html.Parse(html)));
    }

    [Fact]
    public void A_Catalan_column_and_its_Spanish_translation_are_one_posting_the_Catalan()
    {
        const string html = """
            <html lang="es-ES"><body><main><h1>Treballa amb nosaltres / Trabaja con nosotros</h1>
              <div lang="ca"><h3>Advocat/da penalista</h3><p><strong>Lloc de treball:</strong> Girona<br><strong>Jornada:</strong> completa (37,5 hores setmanals)<br><strong>Termini:</strong> fins al 3 de febrer de 2027</p></div>
              <div lang="es"><h3>Abogado/a penalista</h3><p><strong>Lugar de trabajo:</strong> Girona<br><strong>Jornada:</strong> completa (37,5 horas semanales)<br><strong>Plazo:</strong> hasta el 3 de febrero de 2027</p></div>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Advocat/da penalista"], drafts.Select(d => d.Title));
        Assert.Equal("Girona", drafts[0].Location);
    }

    [Fact]
    public void A_page_giving_two_openings_in_two_languages_lists_each_once()
    {
        const string html = """
            <html lang="fr"><body><main><h1>Emplois – Vacatures</h1>
              <h2>Juriste</h2><p>Bruxelles · CDI, temps plein · date limite : 15 mai 2027</p>
              <h2>Assistant·e social·e</h2><p>Bruxelles · CDI, mi-temps · date limite : 15 mai 2027</p>
              <h2>Jurist</h2><p>Brussel · onbepaalde duur, voltijds · uiterste datum: 15 mei 2027</p>
              <h2>Maatschappelijk assistent</h2><p>Brussel · onbepaalde duur, halftijds · uiterste datum: 15 mei 2027</p>
            </main></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal(["Juriste", "Assistant·e social·e"], drafts.Select(d => d.Title));
    }

    [Theory]
    [InlineData("Juristin / Jurist 60–80 % unbefristet 20. Januar 2027", "de")]
    [InlineData("Juriste 60–80 % durée indéterminée 20 janvier 2027", "fr")]
    [InlineData("Staff Attorney Full time January 15, 2027", "en")]
    [InlineData("Abogado/a Tiempo completo 15 de enero de 2027", "es")]
    [InlineData("Avvocato/a tempo pieno 31 gennaio 2027", "it")]
    [InlineData("Jurist onbepaalde duur, voltijds 15 mei 2027", "nl")]
    [InlineData("Advogado/a tempo integral 15 de janeiro de 2027", "pt")]
    [InlineData("Advocat/da penalista completa (37,5 hores setmanals) fins al 18 de gener de 2027 32.000 € bruts anuals", "ca")]
    [InlineData("Treballador/a social indefinit, 20 hores setmanals, 3 de febrer de 2027", "ca")]
    [InlineData("Abogada/o litigante en derechos humanos híbrida (3 días en oficina) 15 de enero de 2027", "es")]
    [InlineData("Juriste en droit des étrangers, en CDI, 15 janvier 2027", "fr")]
    [InlineData("Jurist en maatschappelijk werker, 32 uur per week, 15 januari 2027", "nl")]
    [InlineData("Paralegal", null)]
    public void Tells_the_language_of_an_ad_s_facts(string text, string? expected) =>
        Assert.Equal(expected, LanguageWords.Of(text));

    private static PostingDraft Draft(string title, string? place, string type, string? closes) =>
        new() { Title = title, Location = place, EmploymentType = type, ValidThrough = closes };
}
