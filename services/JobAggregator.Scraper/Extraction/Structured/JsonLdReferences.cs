using System.Text.Json;

namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>A page's JSON-LD nodes by <c>@id</c>, so that a reference (<c>{"@id": "…#organization"}</c>) reads as the
/// node it names. References point anywhere on the page: a posting in one script may name an Organization in
/// another.</summary>
internal sealed class JsonLdReferences
{
    private readonly Dictionary<string, JsonElement> _nodes = new(StringComparer.Ordinal);

    /// <summary>Indexes every node of <paramref name="node"/> that has an <c>@id</c> and more than a reference has; the
    /// first node of an <c>@id</c> wins.</summary>
    public void Index(JsonElement node)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var child in node.EnumerateArray())
                {
                    Index(child);
                }

                break;
            case JsonValueKind.Object:
                if (node.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && !IsReference(node))
                {
                    _nodes.TryAdd(id.GetString()!, node);
                }

                foreach (var property in node.EnumerateObject())
                {
                    Index(property.Value);
                }

                break;
        }
    }

    /// <summary>The node a reference names; any other node (and a reference to a node the page lacks) as it is.</summary>
    public JsonElement Resolve(JsonElement node) =>
        IsReference(node) && node.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
            && _nodes.TryGetValue(id.GetString()!, out var target)
            ? target
            : node;

    /// <summary>A node that only names another by <c>@id</c>.</summary>
    public static bool IsReference(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.Name is not ("@id" or "@type"))
            {
                return false;
            }
        }

        return true;
    }
}
