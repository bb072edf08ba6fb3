using JobAggregator.Api.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Alerts;

/// <summary>Subscriptions per client IP address (<c>Alerts:FormPermitLimit</c> per <c>Alerts:FormWindowSeconds</c>).</summary>
internal static class AlertFormRateLimit
{
    public const string PolicyName = "alert-form";

    public static PerAddressRateLimit Policy() => new(
        "Too many alert subscriptions from your address in a short time; please try again later.",
        services =>
        {
            var options = services.GetRequiredService<IOptions<AlertOptions>>().Value;
            return (options.FormPermitLimit, options.FormWindowSeconds);
        });
}
