using System.Globalization;

namespace JobAggregator.Scraper.Extraction;

/// <summary>A page's extraction spent its <see cref="ScraperOptions.MaxExtractSeconds"/>: it was given up on (reason
/// <c>too-complex</c>) rather than left to hold a worker. The message says so in words for operators.</summary>
public sealed class PageTooComplexException(Uri url, TimeSpan allowance)
    : Exception(string.Create(CultureInfo.InvariantCulture,
        $"{url} took more than {allowance.TotalSeconds:0.#} s to extract (Scraper:MaxExtractSeconds) and was given up on: its markup costs far more to read than a job listing should (nesting, size or repetition)"))
{
    public Uri Url { get; } = url;
}
