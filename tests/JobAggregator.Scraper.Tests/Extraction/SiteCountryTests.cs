using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.Extraction;

public sealed class SiteCountryTests
{
    [Theory]
    [InlineData("https://www.example.fr/recrutement/", null, "FR")]
    [InlineData("https://example.org.ar/busquedas/", "es", "AR")]
    [InlineData("https://www.example.org.uk/vacancies", "en-GB", "GB")]
    [InlineData("https://example.com.co/empleos", null, "CO")]
    [InlineData("https://example.co/careers", null, null)]
    [InlineData("https://portal.ct.gov/ocpd/careers/current-openings", "en", "US")]
    [InlineData("https://www.eastbrookca.gov/jobs", null, "US")]
    [InlineData("https://www.example.gov.uk/jobs", "en", "GB")]
    [InlineData("https://example.io/careers", "en", null)]
    [InlineData("https://example.org/careers", "pt-BR", "BR")]
    [InlineData("https://example.org/careers", "es_AR", "AR")]
    [InlineData("https://example.org/careers", "en-US", null)]
    [InlineData("https://example.org/careers", "de", null)]
    [InlineData("https://example.org/praca", "pl", "PL")]
    [InlineData("https://example.org/recruit", "ja", "JP")]
    [InlineData("https://example.org/careers", "zh-Hant", null)]
    [InlineData("https://www.example.de/jobs", "en-GB", "DE")]
    [InlineData("https://example.jobs.personio.de/", "de", null)]
    [InlineData("http://127.0.0.1:5081/careers/", "fr", null)]
    public void Reads_the_country_from_the_domain_else_the_language_tag(string page, string? languageTag, string? expected) =>
        Assert.Equal(expected, SiteCountry.Of(new Uri(page), languageTag));
}
