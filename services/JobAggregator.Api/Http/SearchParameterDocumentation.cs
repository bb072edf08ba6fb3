using System.Text.Json.Nodes;
using JobAggregator.Api.Jobs;
using JobAggregator.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace JobAggregator.Api.Http;

/// <summary>The search parameters of <c>/api/jobs</c> and the feeds in the OpenAPI document with the names, types and
/// meanings clients use. <see cref="JobSearchParameters"/> takes every value as text, to name what is wrong with a bad
/// one, so the types the values must have are stated here.</summary>
internal sealed class SearchParameterDocumentation : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, (string Description, Func<OpenApiSchema> Schema)> Parameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["q"] = ("Full-text search of title, organisation, place and description; the last word matches as a prefix.", Text),
        ["organization"] = ("An organisation's id, name or alias from the sources file.", Text),
        ["location"] = ("Part of the place: a city, region or country name.", Text),
        ["country"] = ("ISO 3166-1 alpha-2 country code, such as US or NL.", () => Code(2)),
        ["region"] = ("A region or state, whole, such as NY or Ontario; case is ignored for ASCII letters.", Text),
        ["remote"] = ("true: remote or hybrid openings only; false: on-site only.", () => new OpenApiSchema { Type = JsonSchemaType.Boolean }),
        ["employmentType"] = ("schema.org employment type.", () => OneOf(EmploymentTypes.All)),
        ["category"] = ("The role.", () => OneOf(PostingCategories.All)),
        ["language"] = ("ISO 639-1 code of the posting's language, such as en or es.", () => Code(2)),
        ["minSalary"] = ("Minimum yearly pay; the top of a stated range counts.", () => new OpenApiSchema { Type = JsonSchemaType.Number, Minimum = "0" }),
        ["currency"] = ("ISO 4217 currency code of minSalary, such as USD or EUR.", () => Code(3)),
        ["postedSince"] = ("Openings posted on or after this day.", () => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" }),
        ["closingWithin"] = ("Openings whose closing date is today or within this many days (0 to 365); openings with no closing date are left out.",
            () => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = JobSearchParameters.MaxClosingWithinDays.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        ["sort"] = ("Order: newest first, best paid first, closing soonest first, or the best match of q first (newest first without q).", () => OneOf(["newest", "salary", "closing", "relevance"], "newest")),
        ["includeClosed"] = ("true: closed openings too.", () => new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(false) }),
        ["page"] = ($"The page of results, from 1, for the first pages only: page × pageSize at most {JobSearchParameters.MaxPageDepth}; deeper, follow each answer's next (cursor). Not with cursor.",
            () => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Default = JsonValue.Create(1) }),
        ["cursor"] = ("Where the page starts: the next (or nextUrl) of the page before, as given, in the same sort; any depth. A cursor that cannot be read, or from another sort, is a 400 naming cursor.", Text),
        ["pageSize"] = ("Openings per page.", () => new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = "int32",
            Minimum = "1",
            Maximum = JobSearchParameters.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Default = JsonValue.Create(20),
        }),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query && p.Name is not null))
        {
            // [AsParameters] names them after the properties (Q, PageSize); binding ignores case, clients write camelCase.
            parameter.Name = char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];
            if (Parameters.TryGetValue(parameter.Name, out var documented))
            {
                parameter.Description = documented.Description;
                parameter.Schema = documented.Schema();
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Text() => new() { Type = JsonSchemaType.String };

    private static OpenApiSchema Code(int length) => new() { Type = JsonSchemaType.String, Pattern = $"^[A-Za-z]{{{length}}}$" };

    private static OpenApiSchema OneOf(IEnumerable<string> values, string? fallback = null) => new()
    {
        Type = JsonSchemaType.String,
        Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
        Default = fallback is null ? null : JsonValue.Create(fallback),
    };
}
