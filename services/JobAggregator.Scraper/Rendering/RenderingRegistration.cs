using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Rendering;

internal static class RenderingRegistration
{
    /// <summary>The one Chromium of the process and its settings.</summary>
    public static IServiceCollection AddPageRendering(this IServiceCollection services)
    {
        services.AddOptions<RenderingOptions>().BindConfiguration(RenderingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChromiumRenderer>();
        return services;
    }
}
