using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction;

/// <summary>Reads schema.org JobPosting objects from a page's JSON-LD scripts: single objects, arrays and
/// <c>@graph</c>, with nested Organization, Place and MonetaryAmount.</summary>
internal static class JsonLdExtractor
{
    public const string StrategyName = "json-ld";

    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static IReadOnlyList<PostingDraft> Extract(IDocument page, Uri pageUrl)
    {
        var drafts = new List<PostingDraft>();
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(script.TextContent, Lenient);
            }
            catch (JsonException)
            {
                // One broken script (common on CMS pages) must not hide the postings in the others.
                continue;
            }

            using (json)
            {
                foreach (var posting in JobPostings(json.RootElement))
                {
                    drafts.Add(ToDraft(posting, pageUrl));
                }
            }
        }

        return drafts.Where(d => !string.IsNullOrWhiteSpace(d.Title)).ToList();
    }

    private static IEnumerable<JsonElement> JobPostings(JsonElement node)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var child in node.EnumerateArray().SelectMany(JobPostings))
                {
                    yield return child;
                }

                break;
            case JsonValueKind.Object when IsType(node, "JobPosting"):
                yield return node;
                break;
            case JsonValueKind.Object when node.TryGetProperty("@graph", out var graph):
                foreach (var child in JobPostings(graph))
                {
                    yield return child;
                }

                break;
        }
    }

    private static bool IsType(JsonElement node, string type)
    {
        if (!node.TryGetProperty("@type", out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => IsSameType(value.GetString(), type),
            JsonValueKind.Array => value.EnumerateArray().Any(t => IsSameType(t.GetString(), type)),
            _ => false,
        };
    }

    private static bool IsSameType(string? value, string type) =>
        value is not null && (value == type || value.EndsWith("/" + type, StringComparison.Ordinal));

    private static PostingDraft ToDraft(JsonElement posting, Uri pageUrl)
    {
        return new PostingDraft
        {
            Title = String(posting, "title") ?? String(posting, "name"),
            Organization = Name(Property(posting, "hiringOrganization")),
            Location = Location(posting),
            EmploymentType = JoinStrings(Property(posting, "employmentType")),
            Salary = Salary(Property(posting, "baseSalary")),
            SalaryText = Property(posting, "baseSalary") is { ValueKind: JsonValueKind.String } text ? text.GetString() : null,
            DatePosted = String(posting, "datePosted"),
            ValidThrough = String(posting, "validThrough"),
            DescriptionHtml = Description(String(posting, "description")),
            Url = Links.Resolve(pageUrl, String(posting, "url")),
            FoundOn = pageUrl,
            ApplyUrl = Links.Resolve(pageUrl, String(Property(posting, "potentialAction"), "target")),
        };
    }

    private static string? Location(JsonElement posting)
    {
        if (String(posting, "jobLocationType") is { } type && type.Contains("TELECOMMUTE", StringComparison.OrdinalIgnoreCase))
        {
            return "Remote";
        }

        var places = Property(posting, "jobLocation") is { ValueKind: JsonValueKind.Array } many
            ? many.EnumerateArray().ToList()
            : Property(posting, "jobLocation") is { } one ? [one] : [];
        var texts = places.Select(PlaceText).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();
        return texts.Count == 0 ? null : string.Join("; ", texts);
    }

    private static string? PlaceText(JsonElement place)
    {
        if (place.ValueKind == JsonValueKind.String)
        {
            return place.GetString();
        }

        var address = Property(place, "address");
        if (address is { ValueKind: JsonValueKind.String })
        {
            return address.Value.GetString();
        }

        if (address is null)
        {
            return Name(place);
        }

        var parts = new[]
        {
            String(address, "addressLocality"),
            String(address, "addressRegion"),
            String(address, "addressCountry") ?? Name(Property(address.Value, "addressCountry")),
        };
        var text = string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : text;
    }

    private static ScrapedSalary? Salary(JsonElement? baseSalary)
    {
        if (baseSalary is not { ValueKind: JsonValueKind.Object } amount)
        {
            return null;
        }

        var currency = String(amount, "currency");
        var value = Property(amount, "value");
        if (value is { ValueKind: JsonValueKind.Object } quantity)
        {
            var exact = Number(quantity, "value");
            var min = Number(quantity, "minValue") ?? exact;
            var max = Number(quantity, "maxValue") ?? (Number(quantity, "minValue") is null ? exact : null);
            return min is null && max is null ? null : new ScrapedSalary(min, max, currency, String(quantity, "unitText"));
        }

        var single = Number(amount, "value");
        return single is null ? null : new ScrapedSalary(single, single, currency, String(amount, "unitText"));
    }

    /// <summary>Some boards put entity-escaped HTML in the description; decode it once so it is markup again.</summary>
    private static string? Description(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }

        return description.Contains("&lt;", StringComparison.Ordinal) && !description.Contains('<', StringComparison.Ordinal)
            ? WebUtility.HtmlDecode(description)
            : description;
    }

    private static string? Name(JsonElement? node) => node switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Object } o => String(o, "name"),
        { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Select(e => Name(e)).FirstOrDefault(n => n is not null),
        _ => null,
    };

    private static string? JoinStrings(JsonElement? node) => node switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Array } a => string.Join(", ", a.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString())),
        _ => null,
    };

    private static JsonElement? Property(JsonElement? node, string name) =>
        node is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var value) ? value : null;

    private static string? String(JsonElement? node, string name) => Property(node, name) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => null,
    };

    private static decimal? Number(JsonElement? node, string name) => Property(node, name) switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetDecimal(out var d) => d,
        { ValueKind: JsonValueKind.String } s when decimal.TryParse(s.GetString()?.Replace(",", "", StringComparison.Ordinal),
            NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
