using JobAggregator.Api.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Check;

/// <summary>Checks per client address (<c>Check:PermitLimit</c> per <c>Check:WindowSeconds</c>): each check may read a
/// member's site several times.</summary>
internal static class CheckRateLimit
{
    public const string PolicyName = "page-check";

    public static PerAddressRateLimit Policy() => new(
        "Too many page checks from your address in a short time; please try again in a few minutes.",
        services =>
        {
            var options = services.GetRequiredService<IOptions<CheckOptions>>().Value;
            return (options.PermitLimit, options.WindowSeconds);
        });
}
