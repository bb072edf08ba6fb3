using JobAggregator.Scraper.Tests.Evaluation;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>A listing whose facts are only on its postings' own pages, read as the product reads it: through the
/// scraper, which follows each posting's page on the listing's host.</summary>
public sealed class ListingCompletedByDetailPagesTests
{
    [Fact]
    public async Task Uruguayan_calls_take_their_place_hours_pay_and_closing_date_from_their_own_pages()
    {
        var corpus = CorpusCase.All();
        var listing = corpus.Single(c => c.Name == "llamados-lista-por-fecha-cerrado-uy");
        var source = new SourceDefinition("vinculos", "Asociación Civil Vínculos", listing.Url, SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, "UY", AllowPrivateNetwork: false);

        var (outcome, fetcher) = await CorpusScraper.ScrapeAsync(listing, source, corpus, TestContext.Current.CancellationToken);

        Assert.Equal(["Educador/a social", "Psicólogo/a"], outcome.Postings.Select(p => p.Title));
        var educator = outcome.Postings[0];
        Assert.Contains(educator.Url!, fetcher.Requested);
        Assert.Equal("Centro Juvenil Cerro, Montevideo", educator.Location);
        Assert.StartsWith("30 horas semanales", educator.EmploymentType, StringComparison.Ordinal);
        Assert.Contains("52.300", educator.SalaryText, StringComparison.Ordinal);
        Assert.Contains("16 de diciembre de 2026", educator.ValidThrough, StringComparison.Ordinal);
        var psychologist = outcome.Postings[1];
        Assert.Equal("arrendamiento de servicios (con factura), 20 horas semanales", psychologist.EmploymentType);
        Assert.Contains("38.000", psychologist.SalaryText, StringComparison.Ordinal);
    }
}
