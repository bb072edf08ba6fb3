using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JobAggregator.Api.Http;

/// <summary>HEAD answered wherever GET is: feed readers and link checkers ask HEAD for a feed's or a page's validators
/// and type. Routing matches only the methods an endpoint names, and <c>MapGet</c> names GET alone; Kestrel sends a HEAD
/// answer's status and headers and drops its body.</summary>
public static class HeadLikeGet
{
    public static TBuilder AnswerHeadLikeGet<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods;
            if (methods is not null && methods.Contains(HttpMethods.Get) && !methods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods, HttpMethods.Head]));
            }
        });
        return builder;
    }
}
