using Microsoft.AspNetCore.Http;

namespace JobAggregator.Api.Http;

/// <summary>Endpoint metadata: the page has a form with an antiforgery token, which is the visitor's own, so the page
/// is neither validated against the store (<see cref="StoreValidators"/>) nor kept (<see cref="StoreVersionCachePolicy"/>);
/// antiforgery marks it <c>no-store</c> anyway.</summary>
internal sealed class CarriesAntiforgeryToken
{
    private CarriesAntiforgeryToken()
    {
    }

    public static CarriesAntiforgeryToken Instance { get; } = new();

    public static bool On(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<CarriesAntiforgeryToken>() is not null;
}
