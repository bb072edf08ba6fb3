using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Api.Admin;

/// <summary>Refuses a console form posted without this site's antiforgery token. The form actions bind no fields, so
/// nothing would otherwise ask for the token.</summary>
internal sealed class AntiforgeryCheck : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return TypedResults.Problem(
                "The form did not carry this site's antiforgery token: reload the page and send it again.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Antiforgery token missing or wrong");
        }

        return await next(context);
    }
}
