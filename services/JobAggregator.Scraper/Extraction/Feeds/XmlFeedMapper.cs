using System.Net;
using System.Xml.Linq;
using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>Reads the items of an RSS (0.9x, 1.0, 2.0) or Atom feed as drafts, with the job fields feeds add in their
/// own namespaces and the employment type or place some feeds give as categories.</summary>
internal static class XmlFeedMapper
{
    public const string Rss = "rss";
    public const string Atom = "atom";

    /// <summary>Element names RSS and Atom define for an item, which an unprefixed element must not be mistaken for a job
    /// field by.</summary>
    private static readonly HashSet<string> Standard = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "link", "description", "author", "category", "comments", "enclosure", "guid", "pubDate", "source", "id", "updated",
        "published", "summary", "content", "rights", "contributor",
    };

    /// <summary>The feed's kind and items (the first <paramref name="maxItems"/>), or null when the document is not a feed.</summary>
    public static (string Kind, IReadOnlyList<PostingDraft> Postings, IReadOnlyList<Uri> NextPages)? Map(XDocument document, Uri feedUrl, int maxItems = int.MaxValue)
    {
        if (document.Root is not { } root)
        {
            return null;
        }

        var (kind, channel, items) = root.Name.LocalName.ToLowerInvariant() switch
        {
            "rss" => (Rss, root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root, root.Descendants().Where(e => e.Name.LocalName == "item")),
            "rdf" => (Rss, root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root, root.Descendants().Where(e => e.Name.LocalName == "item")),
            "feed" => (Atom, root, root.Elements().Where(e => e.Name.LocalName == "entry")),
            _ => (null!, root, []),
        };
        if (kind is null)
        {
            return null;
        }

        var organization = SiteName.FromTitle(Text(Child(channel, "title"))) ?? Text(Child(Child(channel, "author"), "name"));
        var postings = JobBoardTitles.Split(items
            .Take(maxItems)
            .Select(item => FeedProse.Complete(ToDraft(item, feedUrl, organization)))
            .Where(d => !string.IsNullOrWhiteSpace(d.Title))
            .ToList(), organization);
        var next = channel.Elements()
            .Where(e => e.Name.LocalName == "link" && (string?)e.Attribute("rel") == "next")
            .Select(e => Links.Resolve(feedUrl, (string?)e.Attribute("href")))
            .OfType<Uri>()
            .ToList();
        return (kind, postings, next);
    }

    private static PostingDraft ToDraft(XElement item, Uri feedUrl, string? feedOrganization)
    {
        var fields = new FoundFields();
        ScrapedSalary? salary = null;
        string? organization = null;
        foreach (var element in item.Elements().Where(e => !e.Name.NamespaceName.Contains("w3.org/2005/Atom", StringComparison.Ordinal) || e.Name.NamespaceName.Length == 0))
        {
            var prefixed = element.Name.NamespaceName.Length > 0;
            if (!prefixed && Standard.Contains(element.Name.LocalName))
            {
                continue;
            }

            var kind = FeedFieldNames.KindOf(element.Name.LocalName);
            // An unprefixed <type> or <hours> is too vague to trust outside a namespace that says it is about jobs.
            if (kind == FieldKind.None || (!prefixed && element.Name.LocalName is "type" or "hours" or "address"))
            {
                continue;
            }

            var value = Text(element);
            if (kind == FieldKind.Organization)
            {
                organization ??= value;
            }
            else
            {
                fields.Set(kind, value);
            }

            if (kind == FieldKind.Salary)
            {
                salary ??= FeedSalaryElements.Attributes(element);
            }
        }

        salary ??= FeedSalaryElements.Of(item);
        foreach (var (term, scheme) in Categories(item))
        {
            if (Scheme(scheme, "location", "place", "city", "region"))
            {
                fields.Set(FieldKind.Location, term);
            }
            else if (Scheme(scheme, "type", "employment", "schedule", "contract") || FieldLabels.EmploymentTypeLength(term) > 0)
            {
                fields.Set(FieldKind.EmploymentType, term);
            }
            else if (scheme is null && FeedTermPlace.Names(term))
            {
                fields.Set(FieldKind.Location, term);
            }
        }

        return new PostingDraft
        {
            Title = Title(item),
            Organization = organization ?? feedOrganization,
            Location = fields.Location,
            EmploymentType = fields.EmploymentType,
            Salary = salary,
            SalaryText = fields.Salary,
            DatePosted = Date(item) ?? fields.DatePosted,
            ValidThrough = fields.ValidThrough,
            DescriptionHtml = Description(item),
            Url = Link(item, feedUrl),
            FoundOn = feedUrl,
        };
    }

    private static string? Title(XElement item)
    {
        var title = Child(item, "title");
        var text = IsHtml(title) ? PlainText.FromHtml(title!.Value) : Text(title);
        // WordPress and others escape titles twice ("&amp;#8211;"): what is left is one more layer of entities.
        return text is null ? null : PlainText.Collapse(WebUtility.HtmlDecode(text));
    }

    /// <summary>RSS's <c>&lt;link&gt;</c> text, Atom's alternate <c>&lt;link href&gt;</c>, else a permalink guid.</summary>
    private static Uri? Link(XElement item, Uri feedUrl)
    {
        foreach (var link in item.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var rel = (string?)link.Attribute("rel");
            var href = (string?)link.Attribute("href") ?? Text(link);
            if ((rel is null || rel == "alternate") && Links.Resolve(feedUrl, href) is { } url)
            {
                return url;
            }
        }

        var guid = Child(item, "guid") ?? Child(item, "id");
        return (string?)guid?.Attribute("isPermaLink") != "false" && Text(guid) is { } id && id.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? Links.Resolve(feedUrl, id)
            : null;
    }

    /// <summary>The full text first: <c>content:encoded</c>, Atom <c>content</c>, then the description or summary.</summary>
    private static string? Description(XElement item)
    {
        var element = item.Elements().FirstOrDefault(e => e.Name.LocalName == "encoded")
            ?? Child(item, "content")
            ?? Child(item, "description")
            ?? Child(item, "summary");
        if (element is null)
        {
            return null;
        }

        var type = ((string?)element.Attribute("type"))?.ToLowerInvariant();
        if (type == "xhtml")
        {
            var inner = element.Elements().FirstOrDefault() ?? element;
            return string.Concat(inner.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        }

        var value = element.Value.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        return type is "text" or "text/plain" ? PlainText.AsHtml(value) : value;
    }

    /// <summary>The first publication date as the feed writes it: <c>pubDate</c>, Atom <c>published</c>, Dublin Core
    /// <c>date</c>; <c>updated</c> only when nothing else is given.</summary>
    private static string? Date(XElement item)
    {
        foreach (var name in new[] { "pubDate", "published", "issued", "date", "created", "updated", "modified" })
        {
            if (Text(item.Elements().FirstOrDefault(e => e.Name.LocalName == name)) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static IEnumerable<(string Term, string? Scheme)> Categories(XElement item) =>
        item.Elements()
            .Where(e => e.Name.LocalName == "category")
            .Select(e => (Term: (string?)e.Attribute("label") ?? (string?)e.Attribute("term") ?? Text(e), Scheme: (string?)e.Attribute("domain") ?? (string?)e.Attribute("scheme")))
            .Where(c => !string.IsNullOrWhiteSpace(c.Term))
            .Select(c => (PlainText.Collapse(c.Term)!, c.Scheme));

    private static bool Scheme(string? scheme, params string[] words) =>
        scheme is not null && words.Any(w => scheme.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static bool IsHtml(XElement? element) => (string?)element?.Attribute("type") is "html" or "xhtml";

    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName
            && (e.Name.NamespaceName.Length == 0 || e.Name.NamespaceName.Contains("w3.org/2005/Atom", StringComparison.Ordinal)
                || e.Name.NamespaceName.Contains("purl.org/rss", StringComparison.Ordinal)));

    private static string? Text(XElement? element) => element is null ? null : PlainText.Collapse(element.Value);
}
