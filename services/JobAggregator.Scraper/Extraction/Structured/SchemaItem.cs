namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>One schema.org item read from JSON-LD, microdata or RDFa: its types and its properties, each with the values
/// the page gives it in document order.</summary>
internal sealed class SchemaItem(IReadOnlyList<string> types)
{
    // One list of (property, value) pairs in document order rather than a dictionary of lists: an item has a handful of
    // properties, read a few times each, and a posting's items are built for every page that has one.
    private readonly List<KeyValuePair<string, SchemaValue>> _values = [];

    /// <summary>Type names without their vocabulary (<c>https://schema.org/JobPosting</c> is <c>JobPosting</c>).</summary>
    public IReadOnlyList<string> Types { get; } = types;

    public bool Is(string type) => Types.Contains(type, StringComparer.OrdinalIgnoreCase);

    public void Add(string property, SchemaValue value) => _values.Add(new(property, value));

    public IReadOnlyList<SchemaValue> All(string property)
    {
        List<SchemaValue>? values = null;
        foreach (var (name, value) in _values)
        {
            if (Named(name, property))
            {
                (values ??= []).Add(value);
            }
        }

        return values is null ? [] : values;
    }

    /// <summary>The property's first value, whatever it is.</summary>
    public SchemaValue? First(string property)
    {
        foreach (var (name, value) in _values)
        {
            if (Named(name, property))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The first text value of the property, whitespace collapsed.</summary>
    public string? Text(string property)
    {
        foreach (var (name, value) in _values)
        {
            if (Named(name, property) && value.Text is { } text && !string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The first nested item of the property.</summary>
    public SchemaItem? Item(string property)
    {
        foreach (var (name, value) in _values)
        {
            if (Named(name, property) && value.Item is { } item)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>Strips the vocabulary from a type or property name: a full IRI or a CURIE (<c>schema:title</c>).</summary>
    public static string LocalName(string name)
    {
        var cut = Math.Max(name.LastIndexOf('/'), Math.Max(name.LastIndexOf('#'), name.LastIndexOf(':')));
        return cut >= 0 && cut < name.Length - 1 ? name[(cut + 1)..] : name;
    }

    private static bool Named(string name, string property) => string.Equals(name, property, StringComparison.OrdinalIgnoreCase);
}
