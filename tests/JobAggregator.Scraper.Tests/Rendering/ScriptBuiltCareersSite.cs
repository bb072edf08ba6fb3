using JobAggregator.Scraper.Tests.HttpFetching;

namespace JobAggregator.Scraper.Tests.Rendering;

/// <summary>A careers page that is a JavaScript application shell: its script asks an API for the openings and builds
/// the listing. On the way it asks for a logo (an image), for another loopback port the address policy refuses, and
/// for the cloud metadata address; had the refused answer arrived, it would add an opening of its own.</summary>
internal sealed class ScriptBuiltCareersSite : IAsyncDisposable
{
    public const string LeakedTitle = "Leaked Metadata Role";

    private ScriptBuiltCareersSite(LoopbackSite site, LoopbackSite forbidden)
    {
        Site = site;
        Forbidden = forbidden;
    }

    /// <summary>The careers site, whose port the tests' address policy treats as public.</summary>
    public LoopbackSite Site { get; }

    /// <summary>Another loopback port, which the policy refuses like any private address.</summary>
    public LoopbackSite Forbidden { get; }

    public Uri CareersUrl => Site.Url("/careers");

    public static async Task<ScriptBuiltCareersSite> StartAsync()
    {
        var site = await LoopbackSite.StartAsync();
        var forbidden = await LoopbackSite.StartAsync();
        forbidden.MapText("/internal/title", LeakedTitle, "text/plain");
        site.MapText("/careers", """
            <!doctype html>
            <html><head><title>Careers</title><script src="/static/app.js" defer></script></head>
            <body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>
            <img src="/static/logo.png" alt=""></body></html>
            """);
        site.MapText("/static/app.js", $$"""
            (async () => {
              const root = document.getElementById('root');
              const openings = await (await fetch('/api/openings')).json();
              const titles = openings.map(o => o.title);
              for (const url of ['http://127.0.0.1:{{forbidden.Port}}/internal/title', 'http://169.254.169.254/latest/meta-data/']) {
                try { titles.push(await (await fetch(url)).text()); } catch { /* refused, as it should be */ }
              }
              root.innerHTML = '<main><h1>Current openings</h1>' + titles.map((t, i) =>
                `<div class="job"><h3><a href="/careers/${i}/">${t}</a></h3><p>New York, NY · Full-time</p></div>`).join('') + '</main>';
            })();
            """, "text/javascript");
        site.MapText("/api/openings", """
            [{"title":"Staff Attorney"},{"title":"Paralegal"},{"title":"Investigator"}]
            """, "application/json");
        for (var i = 0; i < 4; i++)
        {
            site.MapText($"/careers/{i}/", $"<html><body><main><h1>Opening {i}</h1><p>Location: New York, NY</p></main></body></html>");
        }

        return new ScriptBuiltCareersSite(site, forbidden);
    }

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        await Forbidden.DisposeAsync();
    }
}
