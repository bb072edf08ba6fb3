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

    /// <summary>Roots of such feeds; items are their <c>&lt;job&gt;</c> (or <c>&lt;vacancy&gt;</c>, <c>&lt;position&gt;</c>)
    /// children, or those of one wrapper element.</summary>
    private static readonly HashSet<string> Roots = new(StringComparer.OrdinalIgnoreCase)
    {
        "source", "jobs", "joblist", "job-list", "vacancies", "positions", "feed", "result", "results", "openings", "document",
    };

    private static readonly HashSet<string> ItemNames = new(StringComparer.OrdinalIgnoreCase) { "job", "vacancy", "position", "opening", "posting" };

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

        if (items.Count == 0 || !items.Any(i => Field(i, "title", "jobtitle") is not null))
        {
            return null;
        }

        var publisher = Field(root, "publisher", "company", "companyname", "name");
        return items
            .Take(maxItems)
            .Select(item => FeedProse.Complete(ToDraft(item, feedUrl, publisher)))
            .Where(d => !string.IsNullOrWhiteSpace(d.Title))
            .ToList();
    }

    private static bool IsItem(XElement element) => ItemNames.Contains(element.Name.LocalName) && element.HasElements;

    private static PostingDraft ToDraft(XElement job, Uri feedUrl, string? publisher)
    {
        var state = Field(job, "state", "region", "province");
        var country = Field(job, "country");
        var named = Field(job, "location", "joblocation", "locations", "place");
        // Jobrapido-style feeds put the town in <location> and its region and country in elements of their own.
        var place = named is null ? PlaceText.Join(Field(job, "city"), state, country)
            : named.Contains(',', StringComparison.Ordinal) ? named
            : PlaceText.Join(named, state, country);
        var dayFirst = country is not null && !IsUnitedStates(country);
        var remote = Field(job, "remotetype", "remote", "workplacetype", "telecommute") is { } flag
            && (flag.Equals("true", StringComparison.OrdinalIgnoreCase) || flag.Equals("yes", StringComparison.OrdinalIgnoreCase)
                || flag == "1" || flag.Contains("remote", StringComparison.OrdinalIgnoreCase));
        var salary = FeedSalaryElements.Of(job);
        var description = Field(job, "description", "jobdescription", "body", "content", "summary");
        return new PostingDraft
        {
            Title = Field(job, "title", "jobtitle") is { } title ? PlainText.Collapse(WebUtility.HtmlDecode(title)) : null,
            Organization = Field(job, "company", "companyname", "employer", "organization", "organisation", "hiringorganization") ?? publisher,
            Location = PlaceText.WithRemote(place, remote),
            EmploymentType = Field(job, "jobtype", "employmenttype", "contracttype", "schedule", "type"),
            Salary = salary,
            SalaryText = salary is null ? Field(job, "salary", "salaryrange", "pay", "compensation") : null,
            DatePosted = Date(Field(job, "date", "dateposted", "posted", "postedat", "postdate", "pubdate", "publishdate", "published", "created", "createdat"), dayFirst),
            ValidThrough = Date(Field(job, "expirationdate", "expirydate", "expires", "closingdate", "closedate", "deadline", "validthrough", "enddate", "applyby"), dayFirst),
            DescriptionHtml = description is null ? null : description.Contains('<', StringComparison.Ordinal) ? description : PlainText.AsHtml(description),
            Url = Links.Resolve(feedUrl, Field(job, "url", "link", "joburl", "detailurl")),
            ApplyUrl = Links.Resolve(feedUrl, Field(job, "applyurl", "applicationurl")),
            FoundOn = feedUrl,
        };
    }

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

    /// <summary>The text of the first child element with one of the names (case and separators aside), CDATA included.</summary>
    private static string? Field(XElement parent, params string[] names)
    {
        foreach (var name in names)
        {
            var element = parent.Elements().FirstOrDefault(e => !e.HasElements && Compact(e.Name.LocalName) == name);
            if (element is not null && PlainText.Collapse(element.Value) is { } value)
            {
                return name is "description" or "jobdescription" or "body" or "content" ? element.Value.Trim() : value;
            }
        }

        return null;
    }

    private static string Compact(string name) => name.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();

    [GeneratedRegex(@"^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})(?:\s.*)?$")]
    private static partial Regex DayFirstDotted();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?<s>[./-])(?<m>\d{1,2})\k<s>(?<y>\d{4})(?:\s.*)?$")]
    private static partial Regex DayFirstDottedOrSlashed();
}
