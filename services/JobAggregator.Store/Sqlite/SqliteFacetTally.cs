using JobAggregator.Store.Reading;

namespace JobAggregator.Store.Sqlite;

/// <summary>The facet counts of one set of postings, tallied row by row as <see cref="SqliteFacets"/> reads them, by
/// the rules SQL grouping gave before: an organisation by its folded id, shown under the smallest id and name; a region
/// by its spelling with ASCII letters folded, shown as the smallest spelling; countries and types upper case, languages
/// lower case (ASCII letters, as SQLite's upper() and lower()).</summary>
internal sealed class SqliteFacetTally
{
    private readonly Dictionary<string, (string Id, string Name, int Count)> _organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Spelling, int Count)> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _remote = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _employmentTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);

    /// <summary>False when the pass stopped at its limit before the search's last posting: every count is then a lower
    /// bound, and a value may be missing.</summary>
    public bool Exact { get; set; } = true;

    public IReadOnlyList<FacetCount> Organizations => JobFacets.Ordered(_organizations.Values.Select(o => new FacetCount(o.Id, o.Name, o.Count)));

    public IReadOnlyList<FacetCount> Countries => Counts(_countries);

    public IReadOnlyList<FacetCount> Regions => JobFacets.Ordered(_regions.Values.Select(r => new FacetCount(r.Spelling, null, r.Count)));

    public IReadOnlyList<FacetCount> Remote => Counts(_remote);

    public IReadOnlyList<FacetCount> EmploymentTypes => Counts(_employmentTypes);

    public IReadOnlyList<FacetCount> Languages => Counts(_languages);

    /// <param name="count">How many postings have these values.</param>
    public void Add(string organizationFolded, string organizationId, string organizationName, string? country, string? region, bool remoteOrHybrid, string? employmentType, string? language, int count = 1)
    {
        _organizations[organizationFolded] = _organizations.TryGetValue(organizationFolded, out var organization)
            ? (Smallest(organization.Id, organizationId), Smallest(organization.Name, organizationName), organization.Count + count)
            : (organizationId, organizationName, count);
        if (country is not null)
        {
            Increment(_countries, AsciiUpper(country), count);
        }

        if (region is not null)
        {
            var folded = AsciiUpper(region);
            _regions[folded] = _regions.TryGetValue(folded, out var known) ? (Smallest(known.Spelling, region), known.Count + count) : (region, count);
        }

        Increment(_remote, remoteOrHybrid ? "true" : "false", count);
        if (employmentType is not null)
        {
            Increment(_employmentTypes, AsciiUpper(employmentType), count);
        }

        if (language is not null)
        {
            Increment(_languages, AsciiLower(language), count);
        }
    }

    private static IReadOnlyList<FacetCount> Counts(Dictionary<string, int> counts) =>
        JobFacets.Ordered(counts.Select(c => new FacetCount(c.Key, null, c.Value)));

    private static void Increment(Dictionary<string, int> counts, string value, int count) =>
        counts[value] = counts.GetValueOrDefault(value) + count;

    private static string Smallest(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string AsciiUpper(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsAsciiLetterLower(source[i]) ? (char)(source[i] - 32) : source[i];
        }
    });

    private static string AsciiLower(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] + 32) : source[i];
        }
    });
}
