using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>Reads XML job feeds that are not RSS or Atom: the Indeed-style feed many hiring tools and recruiters
/// syndicate (<c>&lt;source&gt;&lt;publisher/&gt;&lt;job&gt;…</c>, CDATA fields, <c>DD.MM.YYYY</c> dates in European
/// feeds) and the plain <c>&lt;jobs&gt;&lt;job&gt;</c> feeds of job-board plugins, with their own pay elements.</summary>
internal static partial class JobXmlFeedMapper
{
    public const string JobXml = "job-xml";

    /// <summary>Roots of such feeds, in the network's languages too (a member's own export: <c>&lt;vacatures&gt;</c>,
    /// <c>&lt;stellenangebote&gt;</c>, <c>&lt;offres&gt;</c>); items are their <see cref="JobItems"/> or
    /// <see cref="OfferItems"/> children, or those of one wrapper element.</summary>
    private static readonly HashSet<string> Roots = new(StringComparer.OrdinalIgnoreCase)
    {
        "source", "jobs", "joblist", "job-list", "vacancies", "positions", "feed", "result", "results", "openings", "document",
        "vacatures", "stellen", "stellenangebote", "stellenanzeigen", "offres", "annonces", "emplois", "ofertas", "empleos", "vacantes",
        "offerte", "posizioni", "lavori", "vagas", "empregos",
    };

    /// <summary>Item names that say "job" in any of the languages.</summary>
    private static readonly HashSet<string> JobItems = new(StringComparer.OrdinalIgnoreCase)
    {
        "job", "vacancy", "position", "opening", "posting", "vacature", "stelle", "stellenangebot", "stellenanzeige", "emploi", "empleo",
        "vacante", "posizione", "lavoro", "vaga", "emprego",
    };

    /// <summary>Item names that also name a shop's offer or a classified ad ("offre", "oferta", "annonce"): such items
    /// are postings only where one of them states a job's own field.</summary>
    private static readonly HashSet<string> OfferItems = new(StringComparer.OrdinalIgnoreCase)
    {
        "offer", "offre", "annonce", "oferta", "offerta",
    };

    /// <summary>The feed's items (the first <paramref name="maxItems"/>), or null when the document is no such feed.</summary>
    public static IReadOnlyList<PostingDraft>? Map(XDocument document, Uri feedUrl, int maxItems = int.MaxValue)
    {
        if (document.Root is not { } root || !Roots.Contains(root.Name.LocalName))
        {
            return null;
        }

        var items = root.Elements().Where(IsItem).ToList();
        if (items.Count == 0)
        {
            items = root.Elements().SelectMany(e => e.Elements()).Where(IsItem).ToList();
        }

        if (items.Count == 0 || !items.Any(i => Field(i, FeedFieldNames.Title) is not null)
            || (!JobItems.Contains(items[0].Name.LocalName) && !items.Any(StatesAJobField)))
        {
            return null;
        }

        var publisher = Field(root, Publisher);
        return items
            .Take(maxItems)
            .Select(item => FeedProse.Complete(ToDraft(item, feedUrl, publisher)))
            .Where(d => !string.IsNullOrWhiteSpace(d.Title))
            .ToList();
    }

    private static readonly string[] Publisher = ["publisher", "company", "companyname", "name"];

    private static bool IsItem(XElement element) =>
        (JobItems.Contains(element.Name.LocalName) || OfferItems.Contains(element.Name.LocalName)) && element.HasElements;

    /// <summary>Whether the item states what only a job has: pay, hours, a contract or an application deadline (not a
    /// bare "type", which an estate agent's ad has as well, nor an end date, which a shop's offer has).</summary>
    private static bool StatesAJobField(XElement item) =>
        item.Elements().Select(e => FeedFieldNames.Compact(e.Name.LocalName)).Any(name =>
            FeedFieldNames.Salary.Contains(name) || FeedFieldNames.Hours.Contains(name)
            || (FeedFieldNames.EmploymentType.Contains(name) && name != "type")
            || (FeedFieldNames.ValidThrough.Contains(name) && name is not ("enddate" or "expires" or "expiration" or "expirationdate" or "expirydate")));

    private static PostingDraft ToDraft(XElement job, Uri feedUrl, string? publisher)
    {
        var fields = Leaves(job);
        var state = Field(fields, FeedFieldNames.Region);
        var country = Field(fields, FeedFieldNames.Country);
        var named = Field(fields, FeedFieldNames.Location);
        // Jobrapido-style feeds put the town in <location> and its region and country in elements of their own.
        var place = named is null ? PlaceText.Join(Field(fields, FeedFieldNames.City), state, country)
            : named.Contains(',', StringComparison.Ordinal) ? named
            : PlaceText.Join(named, state, country);
        var dayFirst = country is not null && !IsUnitedStates(country);
        var remote = Field(fields, RemoteFlags) is { } flag
            && (flag.Equals("true", StringComparison.OrdinalIgnoreCase) || flag.Equals("yes", StringComparison.OrdinalIgnoreCase)
                || flag == "1" || flag.Contains("remote", StringComparison.OrdinalIgnoreCase));
        var salary = FeedSalaryElements.Of(job);
        var description = Field(fields, FeedFieldNames.Description);
        return new PostingDraft
        {
            Title = Field(fields, FeedFieldNames.Title) is { } title ? PlainText.Collapse(WebUtility.HtmlDecode(title)) : null,
            Organization = Field(fields, FeedFieldNames.Organization) ?? publisher,
            Location = PlaceText.WithRemote(place, remote),
            EmploymentType = EmploymentType(WeeklyHours(Field(fields, FeedFieldNames.Hours)), Field(fields, FeedFieldNames.EmploymentType)),
            Salary = salary,
            SalaryText = salary is null ? Field(fields, FeedFieldNames.Salary) : null,
            DatePosted = Date(Field(fields, FeedFieldNames.DatePosted), dayFirst),
            ValidThrough = Date(Field(fields, FeedFieldNames.ValidThrough), dayFirst),
            DescriptionHtml = description is null ? null : description.Contains('<', StringComparison.Ordinal) ? description : PlainText.AsHtml(description),
            Url = Links.Resolve(feedUrl, Field(fields, FeedFieldNames.Url)),
            ApplyUrl = Links.Resolve(feedUrl, Field(fields, FeedFieldNames.ApplyUrl)),
            FoundOn = feedUrl,
        };
    }

    private static readonly string[] RemoteFlags = ["remotetype", "remote", "workplacetype", "telecommute"];

    /// <summary>The hours first, as the normaliser weighs them before a contract's kind ("24 hours per week, Vast" is
    /// part time; "32 hours per week, Tijdelijk" is temporary, 32 hours being neither part nor full time).</summary>
    private static string? EmploymentType(string? hours, string? kind) =>
        hours is null ? kind : kind is null ? hours : $"{hours}, {kind}";

    /// <summary>A bare number of hours ("32", "38,5", "24-32") as a week's hours; hours in words as they are.</summary>
    private static string? WeeklyHours(string? hours) =>
        hours is not null && BareHours().IsMatch(hours) ? $"{hours} hours per week" : hours;

    private static bool IsUnitedStates(string country) =>
        country.Trim().ToUpperInvariant() is "US" or "USA" or "UNITED STATES" or "UNITED STATES OF AMERICA";

    /// <summary>A date as <c>yyyy-MM-dd</c>: the feeds' European <c>DD.MM.YYYY</c> read day first (the invariant
    /// culture would read it month first), <c>DD/MM/YYYY</c> and <c>DD-MM-YYYY</c> too when the item's country writes dates day first,
    /// anything else as <see cref="ApiTimestamps.Date"/> reads it.</summary>
    internal static string? Date(string? text, bool slashedDayFirst = false)
    {
        if (text is null)
        {
            return null;
        }

        var dotted = (slashedDayFirst ? DayFirstDottedOrSlashed() : DayFirstDotted()).Match(text.Trim());
        return dotted.Success
            ? $"{dotted.Groups["y"].Value}-{dotted.Groups["m"].Value.PadLeft(2, '0')}-{dotted.Groups["d"].Value.PadLeft(2, '0')}"
            : ApiTimestamps.Date(text);
    }

    /// <summary>The text of the first child element with one of the names (<see cref="FeedFieldNames.Compact"/>, the
    /// earlier name first), CDATA included; a description as it is written, anything else with its whitespace collapsed.</summary>
    private static string? Field(XElement parent, string[] names) => Field(Leaves(parent), names);

    /// <summary>What <see cref="Field(XElement, string[])"/> gives, from the parent's <see cref="Leaves"/>: an item's are
    /// named once for all its fields.</summary>
    private static string? Field(List<(string Name, XElement Element)> leaves, string[] names)
    {
        foreach (var name in names)
        {
            foreach (var (leafName, element) in leaves)
            {
                if (leafName == name && PlainText.Collapse(element.Value) is { } value)
                {
                    return names == FeedFieldNames.Description ? element.Value.Trim() : value;
                }
            }
        }

        return null;
    }

    /// <summary>The parent's child elements without children of their own, each with its name
    /// <see cref="FeedFieldNames.Compact"/>, in document order.</summary>
    private static List<(string Name, XElement Element)> Leaves(XElement parent) =>
        parent.Elements().Where(e => !e.HasElements).Select(e => (Name: FeedFieldNames.Compact(e.Name.LocalName), Element: e)).ToList();

    [GeneratedRegex(@"^\d{1,2}(?:[.,]\d{1,2})?(?:\s*[–-]\s*\d{1,2}(?:[.,]\d{1,2})?)?$")]
    private static partial Regex BareHours();

    [GeneratedRegex(@"^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})(?:\s.*)?$")]
    private static partial Regex DayFirstDotted();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?<s>[./-])(?<m>\d{1,2})\k<s>(?<y>\d{4})(?:\s.*)?$")]
    private static partial Regex DayFirstDottedOrSlashed();
}
