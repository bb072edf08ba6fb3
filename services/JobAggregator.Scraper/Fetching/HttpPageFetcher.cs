using System.Net;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Fetching;

/// <summary>Reads pages over HTTP through the resilient client, refusing bodies above the configured size.</summary>
internal sealed class HttpPageFetcher(HttpClient client, IOptions<ScraperOptions> options) : IPageFetcher
{
    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        if (url.Scheme is not ("http" or "https"))
        {
            throw new FetchException(url, $"only http and https URLs can be fetched, not '{url.Scheme}'");
        }

        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new FetchException(url, $"unreachable ({e.Message})", (int?)e.StatusCode, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(url, "timed out", null, e);
        }
        catch (Polly.Timeout.TimeoutRejectedException e)
        {
            throw new FetchException(url, "timed out", null, e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", (int)response.StatusCode);
            }

            var limit = options.Value.MaxResponseBytes;
            if (response.Content.Headers.ContentLength > limit)
            {
                throw new FetchException(url, $"response of {response.Content.Headers.ContentLength} bytes is larger than the limit of {limit} bytes");
            }

            var body = await ReadCappedAsync(response, url, limit, cancellationToken);
            var finalUrl = response.RequestMessage?.RequestUri ?? url;
            return new FetchedPage(finalUrl, body, response.Content.Headers.ContentType?.ToString());
        }
    }

    private static async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, Uri url, long limit, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new FetchException(url, $"response is larger than the limit of {limit} bytes", (int)HttpStatusCode.OK);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
