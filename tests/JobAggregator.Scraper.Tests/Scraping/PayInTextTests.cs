using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Scraping;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>Pay written only in an ad's prose reaches the normaliser, whatever strategy read the posting.</summary>
public sealed class PayInTextTests
{
    private static readonly SourceDefinition Source = new("clinic", "Cascade Wrongful Conviction Clinic", new Uri("https://example.org/careers/"),
        SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto, null, null, "US", AllowPrivateNetwork: false);

    [Theory]
    [InlineData("<p>We're hiring a Paralegal.</p><p>This is a full-time position with a salary of $58,000 to $64,000 per year plus benefits.</p>",
        "This is a full-time position with a salary of $58,000 to $64,000 per year plus benefits.")]
    [InlineData("<p>Le poste est à pourvoir à Lyon. Rémunération : 2 600 € brut mensuel.</p>", "Rémunération : 2 600 € brut mensuel.")]
    [InlineData("<p>Buscamos un abogado litigante en Lima, con una remuneración de S/ 4,500 mensuales.</p>",
        "Buscamos un abogado litigante en Lima, con una remuneración de S/ 4,500 mensuales.")]
    [InlineData("<p>Salary band: Band C, £32k–£36k pro rata<br>Hours: 30 hours per week (0.8 FTE)</p>", "Salary band: Band C, £32k–£36k pro rata")]
    [InlineData("<p>Rémunération : 38 000 € brut par an<br/>Temps de travail : 28 heures par semaine</p>", "Rémunération : 38 000 € brut par an")]
    [InlineData("<p>Gehalt: 42.000 € brutto<br>Arbeitszeit: 30 Stunden pro Woche</p>", "Gehalt: 42.000 € brutto")]
    [InlineData("<p>Salario: 24.000 € brutos<br>Jornada: 25 horas semanales</p>", "Salario: 24.000 € brutos")]
    [InlineData("<p>Een stagevergoeding van € 450 per maand, vijf maanden vanaf februari 2027.</p>", "Een stagevergoeding van € 450 per maand, vijf maanden vanaf februari 2027.")]
    [InlineData("<p>Die Praktikumsvergütung beträgt 1.200 € im Monat.</p>", "Die Praktikumsvergütung beträgt 1.200 € im Monat.")]
    [InlineData("<p>Une gratification de stage de 4,35 € par heure est versée.</p>", "Une gratification de stage de 4,35 € par heure est versée.")]
    [InlineData("<p>Estágio com bolsa-auxílio de R$ 1.800 por mês.</p>", "Estágio com bolsa-auxílio de R$ 1.800 por mês.")]
    [InlineData("<p>Temps partiel, 21 heures par semaine. Taux horaire : 27,50 $ à 31,25 $ de l'heure.</p>", "Taux horaire : 27,50 $ à 31,25 $ de l'heure.")]
    [InlineData("<p>Poste étudiant, 17,80 $ de l'heure, 15 heures par semaine.</p>", "Poste étudiant, 17,80 $ de l'heure, 15 heures par semaine.")]
    [InlineData("<p>Minijob, 10 Std./Woche. Stundenlohn: 14,50 €.</p>", "Stundenlohn: 14,50 €.")]
    [InlineData("<p>Oproepkracht in Utrecht. Uurloon € 16,20 bruto.</p>", "Uurloon € 16,20 bruto.")]
    [InlineData("<p>Collaborazione part-time. Paga oraria: 12 € lordi.</p>", "Paga oraria: 12 € lordi.")]
    [InlineData("<p>Contrato por horas. Tarifa por hora: 9,50 € brutos.</p>", "Tarifa por hora: 9,50 € brutos.")]
    [InlineData("<p>Wir bieten ein engagiertes Team. Das monatliche Mindestentgelt beträgt € 3.120,- brutto auf Basis Vollzeit.</p>",
        "Das monatliche Mindestentgelt beträgt € 3.120,- brutto auf Basis Vollzeit.")]
    [InlineData("<p>Teilzeit, 30 Wochenstunden. Das Bruttomonatsgehalt liegt bei mindestens 2.980 €.</p>", "Das Bruttomonatsgehalt liegt bei mindestens 2.980 €.")]
    [InlineData("<p>Einstufung nach SWÖ-KV, € 2.900 brutto/Monat (Vollzeit).</p>", "Einstufung nach SWÖ-KV, € 2.900 brutto/Monat (Vollzeit).")]
    [InlineData("<p>Wir sind ein Team von 12 Personen mit einem Jahresumsatz von € 2 Mio.</p>", null)]
    [InlineData("<p>Nos bureaux sont ouverts de 9 h à 17 h; arrivez à l'heure.</p>", null)]
    [InlineData("<p>Oficina: Av. Arequipa S/N, Lima. Remuneración según escala.</p>", null)]
    [InlineData("<p>We serve 500 clients a year with a budget of $2 million.</p>", null)]
    [InlineData("<p>The Paralegal supports attorneys with case files.</p>", null)]
    public void A_posting_with_no_pay_field_takes_the_sentence_of_its_ad_that_states_pay(string description, string? expected)
    {
        var message = Publish(new PostingDraft { Title = "Paralegal", DescriptionHtml = description, Url = new Uri("https://example.org/careers/paralegal") });

        Assert.Equal(expected, message.SalaryText);
    }

    [Fact]
    public void A_pay_field_wins_over_the_ads_prose()
    {
        var message = Publish(new PostingDraft
        {
            Title = "Paralegal",
            SalaryText = "$60,000",
            DescriptionHtml = "<p>A salary of $58,000 to $64,000 per year.</p>",
            Url = new Uri("https://example.org/careers/paralegal"),
        });

        Assert.Equal("$60,000", message.SalaryText);
    }

    private static Contracts.PostingScraped Publish(PostingDraft draft) =>
        Assert.Single(ScrapedPostings.ToMessages(Source, new ScrapeOutcome([draft], 1, "heuristic"), Guid.Empty, DateTimeOffset.UnixEpoch));
}
