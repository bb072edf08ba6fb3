namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>One schema.org item read from JSON-LD, microdata or RDFa: its types and its properties, each with the values
/// the page gives it in document order.</summary>
internal sealed class SchemaItem(IReadOnlyList<string> types)
{
    private readonly Dictionary<string, List<SchemaValue>> _properties = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Type names without their vocabulary (<c>https://schema.org/JobPosting</c> is <c>JobPosting</c>).</summary>
    public IReadOnlyList<string> Types { get; } = types;

    public bool Is(string type) => Types.Contains(type, StringComparer.OrdinalIgnoreCase);

    public void Add(string property, SchemaValue value)
    {
        if (!_properties.TryGetValue(property, out var values))
        {
            _properties[property] = values = [];
        }

        values.Add(value);
    }

    public IReadOnlyList<SchemaValue> All(string property) =>
        _properties.TryGetValue(property, out var values) ? values : [];

    /// <summary>The property's first value, whatever it is.</summary>
    public SchemaValue? First(string property) => All(property) is { Count: > 0 } values ? values[0] : null;

    /// <summary>The first text value of the property, whitespace collapsed.</summary>
    public string? Text(string property) =>
        All(property).Select(v => v.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));

    /// <summary>The first nested item of the property.</summary>
    public SchemaItem? Item(string property) => All(property).Select(v => v.Item).FirstOrDefault(i => i is not null);

    /// <summary>Strips the vocabulary from a type or property name: a full IRI or a CURIE (<c>schema:title</c>).</summary>
    public static string LocalName(string name)
    {
        var cut = Math.Max(name.LastIndexOf('/'), Math.Max(name.LastIndexOf('#'), name.LastIndexOf(':')));
        return cut >= 0 && cut < name.Length - 1 ? name[(cut + 1)..] : name;
    }
}
