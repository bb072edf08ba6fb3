using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Extraction.Structured;

namespace JobAggregator.Scraper.Extraction;

/// <summary>Reads schema.org JobPosting objects from a page's JSON-LD scripts: single objects, arrays, <c>@graph</c>
/// and postings nested in other nodes (an ItemList, a WebPage's mainEntity), with nested Organization, Place and
/// MonetaryAmount, given inline or as <c>@id</c> references to other nodes of the page.</summary>
internal static class JsonLdExtractor
{
    public const string StrategyName = "json-ld";

    private static readonly HashSet<char> ValidEscapes = ['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u'];

    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static IReadOnlyList<PostingDraft> Extract(IDocument page, Uri pageUrl)
    {
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in page.QuerySelectorAll("script[type]"))
            {
                if (IsJsonLd(script) && Parse(script.TextContent) is { } json)
                {
                    documents.Add(json);
                }
            }

            // References point anywhere on the page: a posting in one script may name an Organization in another.
            var nodes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var document in documents)
            {
                IndexIds(document.RootElement, nodes);
            }

            var references = new JsonLdReferences(nodes);
            return documents
                .SelectMany(d => JobPostings(d.RootElement))
                .Select(posting => ToDraft(posting, pageUrl, references))
                .Where(d => !string.IsNullOrWhiteSpace(d.Title))
                .Distinct()
                .ToList();
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }

    private static bool IsJsonLd(IElement script) =>
        script.GetAttribute("type")?.Trim().StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The script's JSON; when it does not parse, once more after repairing what CMSs commonly break (raw line
    /// breaks inside strings, HTML comment or CDATA wrappers). One broken script must not hide the others.</summary>
    private static JsonDocument? Parse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, Lenient);
        }
        catch (JsonException)
        {
        }

        var repaired = Repair(text);
        try
        {
            return JsonDocument.Parse(repaired, Lenient);
        }
        catch (JsonException)
        {
        }

        // Several objects written one after another ("{...},{...}") are the items of an array nobody wrote.
        try
        {
            return JsonDocument.Parse("[" + repaired + "]", Lenient);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Repair(string text)
    {
        var trimmed = text.Trim();
        foreach (var (open, close) in new[] { ("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>") })
        {
            if (trimmed.StartsWith(open, StringComparison.Ordinal) && trimmed.EndsWith(close, StringComparison.Ordinal))
            {
                trimmed = trimmed[open.Length..^close.Length].Trim();
            }
        }

        // A script that assigns the object ends it as a statement.
        trimmed = trimmed.TrimEnd(';').TrimEnd();

        var repaired = new StringBuilder(trimmed.Length + 16);
        var inString = false;
        var escaped = false;
        foreach (var c in trimmed)
        {
            if (inString && !escaped && c < ' ')
            {
                repaired.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => " ",
                });
                continue;
            }

            if (escaped)
            {
                // JSON allows only these escapes; "\'" or "\&" is the character itself with a stray backslash.
                if (!ValidEscapes.Contains(c))
                {
                    repaired.Length--;
                }

                repaired.Append(c);
                escaped = false;
                continue;
            }

            repaired.Append(c);
            if (c == '\\' && inString)
            {
                escaped = true;
            }
            else if (c == '"')
            {
                inString = !inString;
            }
        }

        return repaired.ToString();
    }

    private static void IndexIds(JsonElement node, Dictionary<string, JsonElement> nodes)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var child in node.EnumerateArray())
                {
                    IndexIds(child, nodes);
                }

                break;
            case JsonValueKind.Object:
                if (node.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && !IsReference(node))
                {
                    nodes.TryAdd(id.GetString()!, node);
                }

                foreach (var property in node.EnumerateObject())
                {
                    IndexIds(property.Value, nodes);
                }

                break;
        }
    }

    /// <summary>A node that only names another by <c>@id</c>.</summary>
    internal static bool IsReference(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.EnumerateObject().All(p => p.Name is "@id" or "@type");

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
            case JsonValueKind.Object:
                foreach (var child in node.EnumerateObject().SelectMany(p => JobPostings(p.Value)))
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
            JsonValueKind.Array => value.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsSameType(t.GetString(), type)),
            _ => false,
        };
    }

    private static bool IsSameType(string? value, string type) =>
        value is not null && (value == type || value.EndsWith("/" + type, StringComparison.Ordinal) || value.EndsWith(":" + type, StringComparison.Ordinal));

    private static PostingDraft ToDraft(JsonElement posting, Uri pageUrl, JsonLdReferences refs)
    {
        var baseSalary = First(refs.Property(posting, "baseSalary"), refs) ?? First(refs.Property(posting, "estimatedSalary"), refs);
        var url = Links.Resolve(pageUrl, String(posting, "url", refs));
        var apply = Links.Resolve(pageUrl, ApplyTarget(refs.Property(posting, "potentialAction"), refs));
        if (apply is null && refs.Property(posting, "directApply") is { ValueKind: JsonValueKind.True })
        {
            apply = url;
        }

        return new PostingDraft
        {
            Title = Clean(String(posting, "title", refs) ?? String(posting, "name", refs)),
            Organization = Clean(Name(refs.Property(posting, "hiringOrganization"), refs)),
            Location = Location(posting, refs),
            EmploymentType = JoinStrings(refs.Property(posting, "employmentType")),
            Salary = Salary(baseSalary, String(posting, "salaryCurrency", refs), refs),
            SalaryText = baseSalary is { ValueKind: JsonValueKind.String } text ? text.GetString() : null,
            DatePosted = String(posting, "datePosted", refs),
            ValidThrough = String(posting, "validThrough", refs),
            DescriptionHtml = Description(String(posting, "description", refs)),
            Url = url,
            FoundOn = pageUrl,
            ApplyUrl = apply,
        };
    }

    private static string? ApplyTarget(JsonElement? action, JsonLdReferences refs) => action switch
    {
        { ValueKind: JsonValueKind.Array } many => many.EnumerateArray().Select(a => ApplyTarget(refs.Resolve(a), refs)).FirstOrDefault(t => t is not null),
        { ValueKind: JsonValueKind.Object } one => refs.Property(one, "target") switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.Object } entry => String(entry, "urlTemplate", refs) ?? String(entry, "url", refs),
            _ => null,
        },
        _ => null,
    };

    private static string? Location(JsonElement posting, JsonLdReferences refs)
    {
        var places = Many(refs.Property(posting, "jobLocation"), refs);
        var texts = places.Select(p => PlaceText(p, refs)).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();
        var remote = String(posting, "jobLocationType", refs) is { } type && type.Contains("TELECOMMUTE", StringComparison.OrdinalIgnoreCase);
        if (!remote)
        {
            return texts.Count == 0 ? null : string.Join("; ", texts);
        }

        // "Remote - United States" keeps both facts the normaliser reads: the post is remote, and where applicants
        // must live.
        var where = Many(refs.Property(posting, "applicantLocationRequirements"), refs)
            .Select(p => PlaceText(p, refs))
            .Concat(texts)
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Distinct()
            .ToList();
        return where.Count == 0 ? "Remote" : "Remote - " + string.Join("; ", where);
    }

    private static string? PlaceText(JsonElement place, JsonLdReferences refs)
    {
        if (place.ValueKind == JsonValueKind.String)
        {
            return Clean(place.GetString());
        }

        var address = First(refs.Property(place, "address"), refs);
        if (address is { ValueKind: JsonValueKind.String })
        {
            return Clean(address.Value.GetString());
        }

        // Some pages put the PostalAddress straight in jobLocation.
        address ??= place.TryGetProperty("addressLocality", out _) || place.TryGetProperty("addressCountry", out _) ? place : null;
        if (address is null)
        {
            return Clean(Name(place, refs));
        }

        var parts = new[]
        {
            String(address, "addressLocality", refs),
            String(address, "addressRegion", refs),
            String(address, "addressCountry", refs) ?? Name(refs.Property(address.Value, "addressCountry"), refs),
        };
        var text = string.Join(", ", parts.Select(Clean).Where(p => p is not null));
        return text.Length == 0 ? Clean(Name(place, refs)) : text;
    }

    private static ScrapedSalary? Salary(JsonElement? baseSalary, string? postingCurrency, JsonLdReferences refs)
    {
        if (baseSalary is { ValueKind: JsonValueKind.Number } bare && bare.TryGetDecimal(out var plain))
        {
            return new ScrapedSalary(plain, plain, postingCurrency, null);
        }

        if (baseSalary is not { ValueKind: JsonValueKind.Object } amount)
        {
            return null;
        }

        var currency = String(amount, "currency", refs) ?? postingCurrency;
        var value = First(refs.Property(amount, "value"), refs);
        if (value is { ValueKind: JsonValueKind.Object } quantity)
        {
            var exact = Number(quantity, "value", refs);
            var min = Number(quantity, "minValue", refs) ?? exact;
            var max = Number(quantity, "maxValue", refs) ?? (Number(quantity, "minValue", refs) is null ? exact : null);
            var unit = String(quantity, "unitText", refs) ?? String(amount, "unitText", refs);
            return min is null && max is null ? null : new ScrapedSalary(min, max, currency, unit);
        }

        var single = Number(amount, "value", refs);
        var low = Number(amount, "minValue", refs) ?? single;
        var high = Number(amount, "maxValue", refs) ?? (Number(amount, "minValue", refs) is null ? single : null);
        return low is null && high is null ? null : new ScrapedSalary(low, high, currency, String(amount, "unitText", refs));
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

    private static string? Name(JsonElement? node, JsonLdReferences refs) => refs.Resolve(node) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Object } o => String(o, "name", refs) ?? String(o, "legalName", refs),
        { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Select(e => Name(e, refs)).FirstOrDefault(n => n is not null),
        _ => null,
    };

    private static string? JoinStrings(JsonElement? node) => node switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Array } a => string.Join(", ", a.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString())),
        _ => null,
    };

    private static List<JsonElement> Many(JsonElement? node, JsonLdReferences refs) => node switch
    {
        { ValueKind: JsonValueKind.Array } many => many.EnumerateArray().Select(e => refs.Resolve(e)!.Value).ToList(),
        { } one => [refs.Resolve(one)!.Value],
        null => [],
    };

    private static JsonElement? First(JsonElement? node, JsonLdReferences refs) => node switch
    {
        { ValueKind: JsonValueKind.Array } many => many.EnumerateArray().Select(e => refs.Resolve(e)).FirstOrDefault(),
        _ => refs.Resolve(node),
    };

    private static string? String(JsonElement? node, string name, JsonLdReferences refs) => First(refs.Property(node, name), refs) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        { ValueKind: JsonValueKind.Object } o when o.TryGetProperty("@value", out var literal) => literal.ValueKind == JsonValueKind.String ? literal.GetString() : literal.GetRawText(),
        _ => null,
    };

    private static decimal? Number(JsonElement? node, string name, JsonLdReferences refs) => First(refs.Property(node, name), refs) switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetDecimal(out var d) => d,
        { ValueKind: JsonValueKind.String } s when decimal.TryParse(s.GetString()?.Replace(",", "", StringComparison.Ordinal),
            NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private static string? Clean(string? text) => PlainText.Collapse(text is null ? null : WebUtility.HtmlDecode(text));
}
