using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>Reads schema.org JobPosting items from a page's JSON-LD scripts: single objects, arrays, <c>@graph</c> and
/// postings nested in other nodes (an ItemList, a WebPage's mainEntity), with nested nodes given inline or as
/// <c>@id</c> references to other nodes of the page. The items are the ones microdata and RDFa give, so that one mapper
/// reads all three. Properties the mapper does not read are left out.</summary>
internal static class JsonLdReader
{
    private const int MaxDepth = 6;

    public static IReadOnlyList<SchemaItem> JobPostings(IDocument page)
    {
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in page.QuerySelectorAll("script[type]"))
            {
                if (IsJsonLd(script) && LenientJsonLd.Parse(script.TextContent) is { } json)
                {
                    documents.Add(json);
                }
            }

            if (documents.Count == 0)
            {
                return [];
            }

            var references = new JsonLdReferences();
            foreach (var document in documents)
            {
                references.Index(document.RootElement);
            }

            var postings = new List<SchemaItem>();
            foreach (var document in documents)
            {
                foreach (var posting in JobPostings(document.RootElement))
                {
                    postings.Add(Read(references.Resolve(posting), references, 0));
                }
            }

            return postings;
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }

    /// <summary>The JobPosting items of a JSON answer that is schema.org data itself (a hiring tool's DataFeed), read
    /// as a page's JSON-LD script would be.</summary>
    public static IReadOnlyList<SchemaItem> JobPostingsIn(JsonElement document)
    {
        var references = new JsonLdReferences();
        references.Index(document);
        var postings = new List<SchemaItem>();
        foreach (var posting in JobPostings(document))
        {
            postings.Add(Read(references.Resolve(posting), references, 0));
        }

        return postings;
    }

    private static bool IsJsonLd(IElement script) =>
        script.GetAttribute("type")?.Trim().StartsWith("application/ld+json", StringComparison.OrdinalIgnoreCase) == true;

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
            case JsonValueKind.Object when IsJobPosting(node):
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

    /// <summary>True when the node's <c>@type</c> (one or several, with or without the vocabulary) is JobPosting; read
    /// without building anything, as every node of every script is asked.</summary>
    private static bool IsJobPosting(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return IsJobPostingType(type.GetString());
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var each in type.EnumerateArray())
            {
                if (each.ValueKind == JsonValueKind.String && IsJobPostingType(each.GetString()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsJobPostingType(string? type) =>
        type is not null && (type.Equals("JobPosting", StringComparison.OrdinalIgnoreCase)
            || (type.EndsWith("JobPosting", StringComparison.OrdinalIgnoreCase) && type.Length > 10 && type[^11] is '/' or ':' or '#'));

    private static List<string> Types(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return [];
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => [SchemaItem.LocalName(type.GetString()!)],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => SchemaItem.LocalName(t.GetString()!)).ToList(),
            _ => [],
        };
    }

    private static SchemaItem Read(JsonElement node, JsonLdReferences references, int depth)
    {
        var item = new SchemaItem(Types(node));
        foreach (var property in node.EnumerateObject())
        {
            if (property.Name.StartsWith('@'))
            {
                continue;
            }

            // A page's graph can be large (a WebSite, its SearchAction, breadcrumbs, an Organization's logo and
            // profiles): only what the mapper reads is built.
            var name = SchemaItem.LocalName(property.Name);
            if (!SchemaPostingMapper.Reads(name))
            {
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var element in property.Value.EnumerateArray())
                {
                    Add(item, name, element, references, depth);
                }
            }
            else
            {
                Add(item, name, property.Value, references, depth);
            }
        }

        return item;
    }

    private static void Add(SchemaItem item, string name, JsonElement value, JsonLdReferences references, int depth)
    {
        if (ValueOf(value, references, depth) is { } read)
        {
            item.Add(name, read);
        }
    }

    private static SchemaValue? ValueOf(JsonElement value, JsonLdReferences references, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return SchemaValue.Literal(value.GetString()!);
            case JsonValueKind.Number:
                return new SchemaValue(value.TryGetDecimal(out var number) ? number.ToString(CultureInfo.InvariantCulture) : value.GetRawText(), null, null);
            case JsonValueKind.True or JsonValueKind.False:
                return new SchemaValue(value.ValueKind == JsonValueKind.True ? "true" : "false", null, null);
            case JsonValueKind.Object when value.TryGetProperty("@value", out var literal):
                return ValueOf(literal, references, depth);
            case JsonValueKind.Object:
                var node = references.Resolve(value);
                if (JsonLdReferences.IsReference(node))
                {
                    // A node the page does not describe is only its IRI: a URL given as {"@id": ...}.
                    return new SchemaValue(node.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null, null, new SchemaItem(Types(node)));
                }

                return depth < MaxDepth ? new SchemaValue(null, null, Read(node, references, depth + 1)) : null;
            default:
                return null;
        }
    }
}
