using System.Net;
using JobAggregator.Scraper.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace JobAggregator.Scraper.Fetching;

/// <summary>Reads pages over HTTP, politely and safely: robots.txt honoured, one request at a time per host with a
/// gap between them, Retry-After respected, redirects followed one hop at a time (each checked like the first),
/// bodies capped before and after decompression, and no connection to a non-public address unless the request is
/// allowed one. A request with a <see cref="FetchOptions.Post"/> body is sent as a POST under the same rules, without
/// validators.</summary>
internal sealed class HttpPageFetcher(
    IHttpClientFactory clients,
    IOptions<ScraperOptions> options,
    IAddressPolicy addresses,
    RobotsCache robots,
    HostGate hosts,
    TimeProvider time,
    ILogger<HttpPageFetcher> logger) : IPageFetcher
{
    private const int MaxRobotsRedirects = 5;

    /// <summary>RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; the rest is ignored.</summary>
    private const long MaxRobotsBytes = 512 * 1024;

    public Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        FetchAsync(url, FetchOptions.Default, cancellationToken);

    public Task<FetchedPage> FetchAsync(Uri url, FetchOptions fetchOptions, CancellationToken cancellationToken) =>
        ScraperMetrics.MeasureFetchAsync(url, () => FetchFollowingRedirectsAsync(url, fetchOptions, cancellationToken));

    private async Task<FetchedPage> FetchFollowingRedirectsAsync(Uri url, FetchOptions fetchOptions, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            EnsureMayConnect(current, fetchOptions.AllowPrivateNetwork);
            var rules = await RobotsFor(current, fetchOptions.AllowPrivateNetwork, cancellationToken);
            if (!rules.IsAllowed(current))
            {
                throw new FetchException(current, rules.Failure, rules.Summary ?? $"robots.txt disallows it for {ProductToken}");
            }

            var crawlDelay = rules.CrawlDelay is { } asked ? TimeSpan.FromSeconds(Math.Min(asked.TotalSeconds, settings.MaxCrawlDelaySeconds)) : TimeSpan.Zero;
            var gap = TimeSpan.FromMilliseconds(Math.Max(settings.MinDelayPerHostMilliseconds, crawlDelay.TotalMilliseconds));
            var result = await ExchangeAsync(current, fetchOptions, gap, settings.MaxResponseBytes, truncate: false, cancellationToken);
            if (result.RedirectTo is not { } target)
            {
                return result.Page!;
            }

            if (redirects >= settings.MaxRedirects)
            {
                throw new FetchException(url, FetchFailure.TooManyRedirects, $"more than {settings.MaxRedirects} redirects (the last to {target})");
            }

            if (target.Scheme is not ("http" or "https"))
            {
                throw new FetchException(url, FetchFailure.UnsupportedScheme, $"redirected to {target}, but only http and https URLs can be fetched");
            }

            // A POST redirected with 303 is asked for again as a GET of the new address; other redirects keep it.
            if (result.RedirectStatus == (int)HttpStatusCode.SeeOther && fetchOptions.Post is not null)
            {
                fetchOptions = fetchOptions with { Post = null };
            }

            current = target;
        }
    }

    private string ProductToken
    {
        get
        {
            var agent = options.Value.UserAgent.Trim();
            var end = agent.IndexOfAny(['/', ' ']);
            return end < 0 ? agent : agent[..end];
        }
    }

    private void EnsureMayConnect(Uri url, bool allowPrivateNetwork)
    {
        if (url.Scheme is not ("http" or "https"))
        {
            throw new FetchException(url, FetchFailure.UnsupportedScheme, $"only http and https URLs can be fetched, not '{url.Scheme}'");
        }

        // A literal address is refused before anything is sent, robots.txt included; names are checked as they
        // resolve, at connection time.
        if (!allowPrivateNetwork
            && url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && IPAddress.TryParse(url.DnsSafeHost, out var address)
            && addresses.Refusal(new IPEndPoint(address, url.Port)) is { } why)
        {
            throw new FetchException(url, FetchFailure.PrivateAddress,
                $"refused to connect to {address} ({why}): this source is not allowed to reach private networks");
        }
    }

    private async Task<RobotsRules> RobotsFor(Uri url, bool allowPrivateNetwork, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
        try
        {
            return await robots.GetAsync(origin, token => ReadRobotsAsync(new Uri(origin + "/robots.txt"), allowPrivateNetwork, token), cancellationToken);
        }
        catch (FetchException e) when (e.Failure == FetchFailure.PrivateAddress)
        {
            throw new FetchException(url, FetchFailure.PrivateAddress, e.Reason, null, e);
        }
    }

    /// <summary>A host's robots.txt and how long to keep it: a file or a 4xx (no rules) for the configured hours; a 5xx
    /// or no answer disallows everything, for minutes, as RFC 9309 asks.</summary>
    private async Task<(RobotsRules Rules, TimeSpan Lifetime)> ReadRobotsAsync(Uri robotsUrl, bool allowPrivateNetwork, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var keep = TimeSpan.FromHours(settings.RobotsCacheHours);
        var retry = TimeSpan.FromMinutes(settings.RobotsRetryMinutes);
        var fetchOptions = new FetchOptions { AllowPrivateNetwork = allowPrivateNetwork };
        var gap = TimeSpan.FromMilliseconds(settings.MinDelayPerHostMilliseconds);
        var current = robotsUrl;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                EnsureMayConnect(current, allowPrivateNetwork);
                var result = await ExchangeAsync(current, fetchOptions, gap, MaxRobotsBytes, truncate: true, cancellationToken);
                if (result.Page is { } page)
                {
                    return (RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(page.Body), ProductToken), keep);
                }

                if (redirects >= MaxRobotsRedirects || result.RedirectTo!.Scheme is not ("http" or "https"))
                {
                    return (RobotsRules.AllowAll, keep);
                }

                current = result.RedirectTo;
            }
        }
        catch (FetchException e) when (e.Failure == FetchFailure.HttpStatus && e.HttpStatus is >= 400 and < 500 and not 429)
        {
            return (RobotsRules.AllowAll, keep);
        }
        catch (FetchException e) when (e.Failure is FetchFailure.Unreachable or FetchFailure.Timeout)
        {
            // The page would fail the same way; say so rather than blame robots.txt.
            logger.LogWarning("robots.txt at {RobotsUrl} could not be asked for ({Reason}): nothing on the host is fetched for {Minutes} minutes",
                robotsUrl, e.Reason, settings.RobotsRetryMinutes);
            return (RobotsRules.DisallowAll($"{e.Reason} when asked for robots.txt; the host is not asked again for {settings.RobotsRetryMinutes} minutes", e.Failure), retry);
        }
        catch (FetchException e) when (e.Failure is not FetchFailure.PrivateAddress)
        {
            logger.LogWarning("robots.txt at {RobotsUrl} could not be read ({Reason}): nothing on the host is fetched for {Minutes} minutes",
                robotsUrl, e.Reason, settings.RobotsRetryMinutes);
            return (RobotsRules.DisallowAll($"robots.txt at {robotsUrl} could not be read ({e.Reason}), which disallows everything for {settings.RobotsRetryMinutes} minutes"), retry);
        }
    }

    /// <summary>One request at the host's turn: the response is read, body included, before the turn ends.</summary>
    private async Task<ExchangeResult> ExchangeAsync(
        Uri url, FetchOptions fetchOptions, TimeSpan gap, long maxBodyBytes, bool truncate, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var lease = await hosts.EnterAsync(url, gap, cancellationToken);
        using var response = await SendAsync(url, fetchOptions, lease, cancellationToken);
        var status = (int)response.StatusCode;
        if (IsRedirect(response.StatusCode))
        {
            return response.Headers.Location is { } location
                ? new ExchangeResult(null, location.IsAbsoluteUri ? location : new Uri(url, location)) { RedirectStatus = status }
                : throw new FetchException(url, FetchFailure.HttpStatus, $"HTTP {status} {response.ReasonPhrase} {UnreadableLocation(response)}", status);
        }

        // A POST carries no validators, so a 304 to one is no answer (it fails as a status below).
        if (response.StatusCode == HttpStatusCode.NotModified && fetchOptions.Post is null)
        {
            return new ExchangeResult(
                new FetchedPage(url, [], response.Content.Headers.ContentType?.ToString())
                {
                    StatusCode = status,
                    NotModified = true,
                    ETag = ETagOf(response) ?? fetchOptions.ETag,
                    LastModified = response.Content.Headers.LastModified ?? fetchOptions.LastModified,
                },
                null);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new FetchException(url, FetchFailure.HttpStatus, $"HTTP {status} {response.ReasonPhrase}", status);
        }

        using var bodyTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bodyTimeout.CancelAfter(TimeSpan.FromSeconds(settings.RequestTimeoutSeconds));
        BodyRead body;
        try
        {
            body = await ResponseBody.ReadAsync(response, url, maxBodyBytes, settings.MaxTransferBytes, truncate, fetchOptions.Fingerprint, fetchOptions.SpoolFromBytes, bodyTimeout.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(url, FetchFailure.Timeout, $"the body did not arrive within {settings.RequestTimeoutSeconds} s", status, e);
        }
        catch (IOException e)
        {
            throw new FetchException(url, FetchFailure.Unreachable, $"the connection failed while reading the body ({e.Message})", status, e);
        }

        return new ExchangeResult(
            new FetchedPage(url, body.Body, response.Content.Headers.ContentType?.ToString())
            {
                StatusCode = status,
                Fingerprint = body.Fingerprint,
                KnownBodyBytes = body.KnownBodyBytes,
                Spooled = body.Spooled,
                ETag = fetchOptions.Post is null ? ETagOf(response) : null,
                LastModified = fetchOptions.Post is null ? response.Content.Headers.LastModified : null,
            },
            null);
    }

    /// <summary>Sends the request, honouring a wait the host asked for: a Retry-After within the configured bound is
    /// waited out and the request sent once more; a longer one fails the request, and later requests to the host while
    /// it lasts.</summary>
    private async Task<HttpResponseMessage> SendAsync(Uri url, FetchOptions fetchOptions, HostLease lease, CancellationToken cancellationToken)
    {
        var bound = TimeSpan.FromSeconds(options.Value.MaxRetryAfterSeconds);
        for (var attempt = 0; ; attempt++)
        {
            if (lease.HeldOff is var (until, heldBy) && until - time.GetUtcNow() is var wait && wait > TimeSpan.Zero)
            {
                if (wait > bound)
                {
                    throw new FetchException(url, FetchFailure.HttpStatus,
                        $"the host answered HTTP {heldBy} and asked for no requests until {until:u}, longer than the {bound.TotalSeconds:0} s we wait", heldBy);
                }

                await Task.Delay(wait, time, cancellationToken);
            }

            var response = await SendOnceAsync(url, fetchOptions, cancellationToken);
            if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
            {
                return response;
            }

            var status = (int)response.StatusCode;
            var retryAfter = RetryAfter.Of(response, time.GetUtcNow());
            if (retryAfter is null && response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                // Without a Retry-After a 503 is a plain 5xx, already retried with backoff by the resilience handler.
                return response;
            }

            var reason = response.ReasonPhrase;
            var sentRetryAfter = RetryAfter.Raw(response);
            response.Dispose();
            if (retryAfter is not { } delay)
            {
                throw new FetchException(url, FetchFailure.HttpStatus,
                    $"HTTP {status} {reason} ({(sentRetryAfter is null ? "no Retry-After" : $"Retry-After '{sentRetryAfter}' is neither seconds nor a date")})",
                    status);
            }

            lease.HeldOff = (time.GetUtcNow() + delay, status);
            if (attempt > 0 || delay > bound)
            {
                throw new FetchException(url, FetchFailure.HttpStatus,
                    $"HTTP {status} {reason}, retry after {delay.TotalSeconds:0} s"
                    + (attempt > 0 ? " again after waiting once" : $", longer than the {bound.TotalSeconds:0} s we wait"),
                    status);
            }

            logger.LogInformation("{Url} answered {Status} with Retry-After {Seconds} s: waiting, then asking once more", url, status, delay.TotalSeconds);
        }
    }

    private static string UnreadableLocation(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("Location", out var values)
            ? $"with a Location that is not an address: '{values}'"
            : "without a Location";

    private async Task<HttpResponseMessage> SendOnceAsync(Uri url, FetchOptions fetchOptions, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(fetchOptions.Post is null ? HttpMethod.Get : HttpMethod.Post, url);
        request.Options.Set(FetchRequestOptions.AllowPrivateNetwork, fetchOptions.AllowPrivateNetwork);
        // The site's own origin, as a browser sends from a page of the site: some hiring tools' public job lists (HiBob's)
        // answer 401 to a request without one. It tells the site nothing it does not know.
        request.Headers.Referrer = new Uri(url.GetLeftPart(UriPartial.Authority) + "/");
        if (fetchOptions.Post is { } post)
        {
            request.Content = new ByteArrayContent(post.Content);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(post.ContentType);
        }
        else
        {
            if (fetchOptions.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (fetchOptions.LastModified is { } lastModified)
            {
                request.Headers.IfModifiedSince = lastModified;
            }
        }

        var client = clients.CreateClient(fetchOptions.AllowPrivateNetwork ? FetchingRegistration.PrivateNetworkClient : FetchingRegistration.PublicClient);
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e) when (TransientFailures.Refusal(e) is { } refused)
        {
            throw new FetchException(url, FetchFailure.PrivateAddress,
                $"refused to connect to {string.Join(", ", refused.Refused)}: {refused.Host} is not a public address and this source is not allowed to reach private networks",
                null, e);
        }
        catch (HttpRequestException e)
        {
            throw new FetchException(url, FetchFailure.Unreachable, $"unreachable ({e.Message})", (int?)e.StatusCode, e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new FetchException(url, FetchFailure.Timeout, "timed out", null, e);
        }
        catch (BrokenCircuitException e)
        {
            throw new FetchException(url, FetchFailure.Unreachable, "too many recent failures at this host; not trying it again for a while", null, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(url, FetchFailure.Timeout, "timed out", null, e);
        }
    }

    /// <summary>The ETag as sent: servers that send one without quotes expect it back the same way.</summary>
    private static string? ETagOf(HttpResponseMessage response) =>
        response.Headers.ETag?.ToString()
        ?? (response.Headers.NonValidated.TryGetValues("ETag", out var raw) ? raw.ToString() : null);

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
