using System.Diagnostics;
using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Fetching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace JobAggregator.Scraper.Rendering;

/// <summary>Loads a page in headless Chromium (Debian's, driven by Playwright) and returns the DOM its scripts built.
/// One browser per process, started on first use; one page at a time, each in a fresh context (no cookies or storage
/// carried from one source to another), bounded by <see cref="RenderingOptions.TimeoutSeconds"/>. Every request the
/// page makes goes through <see cref="RenderedPageRequests"/>.</summary>
public sealed class ChromiumRenderer(IOptions<RenderingOptions> options, IOptions<ScraperOptions> scraper, ILogger<ChromiumRenderer> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _onePage = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Why no page can be rendered here (switched off, Chromium not installed), or null when pages can be.</summary>
    public string? Unavailable
    {
        get
        {
            var settings = options.Value;
            if (settings.Enabled == false)
            {
                return $"rendering is switched off ({RenderingOptions.SectionName}:Enabled is false)";
            }

            return File.Exists(settings.ChromiumPath)
                ? null
                : $"Chromium is not installed at {settings.ChromiumPath} (install Debian's chromium package, set {RenderingOptions.SectionName}:ChromiumPath, "
                  + $"or switch rendering off with {RenderingOptions.SectionName}:Enabled=false)";
        }
    }

    /// <param name="fetcher">The source's fetcher, so the page's own requests have the source's permissions and no more.</param>
    internal async Task<PageRendering> RenderAsync(PageContent page, IPageFetcher fetcher, CancellationToken cancellationToken)
    {
        if (Unavailable is { } unavailable)
        {
            return PageRendering.NotRendered(unavailable);
        }

        await _onePage.WaitAsync(cancellationToken);
        try
        {
            return await RenderOneAsync(page, fetcher, cancellationToken);
        }
        finally
        {
            _onePage.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _onePage.Dispose();
    }

    private async Task<PageRendering> RenderOneAsync(PageContent page, IPageFetcher fetcher, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds);
        var started = Stopwatch.GetTimestamp();
        float Remaining() => (float)Math.Max(1, (timeout - Stopwatch.GetElapsedTime(started)).TotalMilliseconds);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var requests = new RenderedPageRequests(page, fetcher, options.Value.MaxRequestsPerPage, deadline.Token);
        try
        {
            var browser = await BrowserAsync();
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                UserAgent = scraper.Value.UserAgent,
                ServiceWorkers = ServiceWorkerPolicy.Block,
                AcceptDownloads = false,
            });
            await context.RouteAsync("**/*", requests.HandleAsync);
            // A socket route that never connects to the server keeps the socket inside the browser.
            await context.RouteWebSocketAsync("**/*", socket => _ = socket.CloseAsync());
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(page.Url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = Remaining() });
            try
            {
                await tab.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = Remaining() });
            }
            catch (TimeoutException)
            {
                // Some applications poll for ever and never go quiet: read what they have built by the deadline.
            }

            var html = await tab.ContentAsync();
            var body = Encoding.UTF8.GetBytes(html);
            if (body.LongLength > scraper.Value.MaxResponseBytes)
            {
                return new PageRendering(null, $"the rendered page is larger than {scraper.Value.MaxResponseBytes} bytes", requests.Refused);
            }

            var url = Uri.TryCreate(tab.Url, UriKind.Absolute, out var at) && at.Scheme is "http" or "https" ? at : page.Url;
            return new PageRendering(new PageContent(url, body, "text/html; charset=utf-8"), null, requests.Refused);
        }
        catch (TimeoutException)
        {
            return new PageRendering(null, $"Chromium did not load {page.Url} within {options.Value.TimeoutSeconds} s", requests.Refused);
        }
        catch (PlaywrightException e)
        {
            var reason = e.Message.Split('\n', 2)[0];
            logger.LogWarning(e, "Chromium failed on {Url}", page.Url);
            return new PageRendering(null, $"Chromium failed on {page.Url}: {reason}", requests.Refused);
        }
    }

    private async Task<IBrowser> BrowserAsync()
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright ??= await Playwright.CreateAsync();
        var settings = options.Value;
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = settings.ChromiumPath,
            Headless = true,
            ChromiumSandbox = settings.Sandbox && !Environment.IsPrivilegedProcess,
            Args =
            [
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--mute-audio",
                // Every request is answered through routing; what routing never sees (a preconnect, DNS prefetch, WebRTC)
                // finds no name resolved and only a proxy that is not there, loopback included.
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
            ],
        });
        logger.LogInformation("Started Chromium {Version} from {Path} for pages that need rendering", _browser.Version, settings.ChromiumPath);
        return _browser;
    }
}
