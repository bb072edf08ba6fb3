using JobAggregator.Contracts;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Scraping;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.Rendering;

/// <summary>A page that builds its listing in script, scraped with Debian's chromium (through Playwright) and without.
/// Few on purpose: each rendering test starts a browser.</summary>
public sealed class RenderedPageTests : IAsyncLifetime
{
    private ScriptBuiltCareersSite _careers = null!;

    public async ValueTask InitializeAsync() => _careers = await ScriptBuiltCareersSite.StartAsync();

    public async ValueTask DisposeAsync() => await _careers.DisposeAsync();

    [Fact]
    public async Task An_app_shell_is_rendered_and_its_script_built_openings_found_while_refused_requests_are_aborted()
    {
        await using var services = Services(("Scraper:Rendering:Enabled", "true"));

        var outcome = await services.GetRequiredService<SourceScraper>().ScrapeAsync(Source(), TestContext.Current.CancellationToken);

        Assert.Equal(["Investigator", "Paralegal", "Staff Attorney"], outcome.Postings.Select(p => p.Title).Order(StringComparer.Ordinal));
        Assert.Null(outcome.NoPostingsReason);
        Assert.Single(_careers.Site.RequestsTo("/careers"));
        Assert.Single(_careers.Site.RequestsTo("/api/openings"));
        Assert.Empty(_careers.Site.RequestsTo("/static/logo.png"));
        Assert.Empty(_careers.Forbidden.Requests);
    }

    [Theory]
    [InlineData("Scraper:Rendering:Enabled", "false", "not rendered: rendering is switched off (Scraper:Rendering:Enabled is false)")]
    [InlineData("Scraper:Rendering:ChromiumPath", "/nonexistent/chromium", "not rendered: Chromium is not installed at /nonexistent/chromium")]
    public async Task Without_rendering_the_app_shell_gives_no_postings_and_says_why(string key, string value, string reason)
    {
        await using var services = Services((key, value));

        var outcome = await services.GetRequiredService<SourceScraper>().ScrapeAsync(Source(), TestContext.Current.CancellationToken);

        Assert.Empty(outcome.Postings);
        Assert.Equal(NoPostingsReasons.JavaScriptAppShell, outcome.NoPostingsReason);
        Assert.Contains(reason, outcome.Explanation, StringComparison.Ordinal);
        Assert.Empty(_careers.Site.RequestsTo("/api/openings"));
    }

    private SourceDefinition Source() =>
        new("script-built", "Script Built Careers", _careers.CareersUrl, SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto, null, null, "US", AllowPrivateNetwork: false);

    private ServiceProvider Services(params (string Key, string Value)[] settings) =>
        FetchingServices.Build(
            services => services.AddSingleton<IAddressPolicy>(new LoopbackPortsCountAsPublic(_careers.Site.Port)),
            settings);
}
