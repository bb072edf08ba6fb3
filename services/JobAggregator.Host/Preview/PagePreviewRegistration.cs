using JobAggregator.Api.Check;
using JobAggregator.Normalizer;
using JobAggregator.Scraper;

namespace JobAggregator.Host.Preview;

internal static class PagePreviewRegistration
{
    /// <summary>The public page check (<c>/check</c>) runs the <c>extract</c> command's preview, so the api role brings
    /// the scraper's fetching and the normaliser even when those roles run elsewhere.</summary>
    /// <param name="hasScraper">The scraper role runs in this process and registered its services already.</param>
    /// <param name="hasNormalizer">The normalizer role runs in this process and registered its services already.</param>
    public static IServiceCollection AddPagePreview(this IServiceCollection services, bool hasScraper, bool hasNormalizer)
    {
        if (!hasScraper)
        {
            services.AddScraper();
        }

        if (!hasNormalizer)
        {
            services.AddNormalizer();
        }

        services.AddSingleton<IPagePreview, HostPagePreview>();
        return services;
    }
}
