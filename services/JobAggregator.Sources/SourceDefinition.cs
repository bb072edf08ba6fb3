namespace JobAggregator.Sources;

/// <summary>One source of postings, as configured in the sources file.</summary>
/// <param name="Url">The page to read first. It is the careers or jobs listing when the file gives <c>url</c>; when
/// the file gives only <c>website</c>, it is that home page, and <see cref="DiscoverCareersPage"/> says the listing must
/// be found from it first.</param>
public sealed record SourceDefinition(
    string Id,
    string Organization,
    Uri Url,
    string Schedule,
    ExtractionStrategy Strategy,
    SelectorSet? Selectors,
    SelectorSet? Detail,
    string? Country,
    bool AllowPrivateNetwork)
{
    /// <summary>Quartz cron: every six hours, on the hour.</summary>
    public const string DefaultSchedule = "0 0 */6 * * ?";

    /// <summary>The organisation's home page, set only when the file gives <c>website</c> instead of <c>url</c>; then
    /// <see cref="Url"/> is the same page.</summary>
    public Uri? Website { get; init; }

    /// <summary>The file names no listing page, only the organisation's website: the careers or jobs page has to be
    /// discovered from the site's links and sitemap before any posting can be read.</summary>
    public bool DiscoverCareersPage => Website is not null;

    /// <summary>Other names the organisation goes by (short names, former names), for matching postings that name it
    /// differently; never null.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>ISO 639-1 code of the language the site is written in, lower case (es, fr, zh); null when not given,
    /// which means English or unknown.</summary>
    public string? Language { get; init; }

    /// <summary>The listing is read from the page as headless Chromium renders it, script and all, rather than from the
    /// HTML the server sends. Without it a page is rendered only when it looks like a JavaScript application shell.</summary>
    public bool Render { get; init; }

    /// <summary>The member organisation's email address for alerts about this source (its page could not be read, went
    /// empty, or dropped sharply); null when not given: only operators hear of it.</summary>
    public string? Contact { get; init; }

    /// <summary>No alert about this source is sent before this moment; null when alerts are not muted.</summary>
    public DateTimeOffset? MuteAlertsUntil { get; init; }

    // Written by hand only because the compiler's version compares Aliases by reference: two definitions read from
    // the same text must be equal.
    public bool Equals(SourceDefinition? other) =>
        other is not null
        && Id == other.Id
        && Organization == other.Organization
        && Url == other.Url
        && Schedule == other.Schedule
        && Strategy == other.Strategy
        && Selectors == other.Selectors
        && Detail == other.Detail
        && Country == other.Country
        && AllowPrivateNetwork == other.AllowPrivateNetwork
        && Website == other.Website
        && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal)
        && Language == other.Language
        && Render == other.Render
        && Contact == other.Contact
        && MuteAlertsUntil == other.MuteAlertsUntil;

    public override int GetHashCode() => HashCode.Combine(Id, Url, Strategy, Website, Language);
}
