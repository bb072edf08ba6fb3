using System.Text.Json;

namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>A page's JSON-LD nodes by <c>@id</c>, so that a reference (<c>{"@id": "…#organization"}</c>) reads as the
/// node it names.</summary>
internal sealed class JsonLdReferences(Dictionary<string, JsonElement> nodes)
{
    public JsonElement? Resolve(JsonElement? node) =>
        node is { ValueKind: JsonValueKind.Object } o && JsonLdExtractor.IsReference(o) && o.TryGetProperty("@id", out var id)
            && id.ValueKind == JsonValueKind.String && nodes.TryGetValue(id.GetString()!, out var target)
            ? target
            : node;

    public JsonElement? Property(JsonElement? node, string name) =>
        Resolve(node) is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var value) ? value : null;
}
