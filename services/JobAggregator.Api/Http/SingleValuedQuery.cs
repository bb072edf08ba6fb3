using Microsoft.AspNetCore.Http;

namespace JobAggregator.Api.Http;

/// <summary>Answers 400 when a query parameter is given more than once: binding would join the values with a comma,
/// and <c>minSalary=1&amp;minSalary=2</c> would be read as 12.</summary>
internal sealed class SingleValuedQuery : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var repeated = context.HttpContext.Request.Query
            .Where(parameter => parameter.Value.Count > 1)
            .ToDictionary(
                parameter => parameter.Key,
                parameter => new[] { $"{parameter.Key} is given {parameter.Value.Count} times; give it once." });
        return repeated.Count == 0 ? next(context) : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(repeated));
    }
}
