using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>The job feeds an HTML page announces with <c>&lt;link rel="alternate"&gt;</c>: an RSS, Atom or JSON feed
/// whose address or title speaks of jobs. A site's general news feed is not one.</summary>
internal static partial class FeedLinks
{
    /// <summary>Whether the page's text can announce a feed at all: a <c>rel="alternate"</c> and a feed's media type.
    /// Most pages have neither, and a search of the text costs less than the selector's walk of every element.</summary>
    public static bool MayAnnounceFeeds(string pageText) =>
        pageText.AsSpan().ContainsAny(Alternate) && pageText.AsSpan().ContainsAny(FeedMediaTypes);

    public static IReadOnlyList<Uri> JobFeeds(IDocument document, Uri pageUrl) =>
        document.QuerySelectorAll("link[rel][href]")
            .Where(l => (l.GetAttribute("rel") ?? "").Split(' ').Contains("alternate", StringComparer.OrdinalIgnoreCase))
            .Where(l => FeedType().IsMatch(l.GetAttribute("type") ?? ""))
            .Where(l => JobWords().IsMatch(l.GetAttribute("href") ?? "") || JobWords().IsMatch(l.GetAttribute("title") ?? ""))
            // A job post's comment feed has the job in its address and comments for items.
            .Where(l => !Comments().IsMatch(l.GetAttribute("href") ?? "") && !Comments().IsMatch(l.GetAttribute("title") ?? ""))
            .Select(l => Links.Resolve(pageUrl, l.GetAttribute("href")))
            .OfType<Uri>()
            .Distinct()
            .ToList();

    private static readonly SearchValues<string> Alternate = SearchValues.Create(["alternate"], StringComparison.OrdinalIgnoreCase);

    /// <summary>What <see cref="FeedType"/> asks of a link's type.</summary>
    private static readonly SearchValues<string> FeedMediaTypes =
        SearchValues.Create(["rss+xml", "atom+xml", "feed+json", "rdf+xml"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*application/(?:rss\+xml|atom\+xml|feed\+json|rdf\+xml)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FeedType();

    [GeneratedRegex(@"jobs?|career|vacanc|vacature|empleo|emploi|lavora|opportunit|hiring|stellen|recrut|recruit|trabaj|offres", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JobWords();

    [GeneratedRegex(@"comment|kommentar|comentario|commentaire|commenti|reacties", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comments();
}
