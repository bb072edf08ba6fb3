using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Discovery;

/// <summary>Scores links and sitemap entries by how likely they lead to an organisation's careers or jobs page. Pure:
/// it reads only the text it is given.</summary>
internal static class CareersLinkScorer
{
    /// <summary>A link needs at least a weak word in its text, or a strong one in its address, or to lead to a hiring
    /// tool's board.</summary>
    public const int MinimumLinkScore = 5;

    /// <summary>A sitemap entry has only its address to go on: any careers word in it will do.</summary>
    public const int MinimumSitemapScore = 3;

    private const int StrongText = 10;
    private const int WeakText = 5;
    private const int StrongPath = 6;
    private const int WeakPath = 3;
    private const int HiringTool = 12;
    private const int WithinWebsite = 2;
    private const int InSiteLanguage = 1;
    private const int Against = 8;
    private const int MaxShownText = 60;

    private static readonly HashSet<string> NotPages = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".jpg", ".jpeg", ".png", ".gif",
        ".svg", ".webp", ".mp3", ".mp4", ".mov", ".ics", ".xml", ".rss",
    };

    /// <summary>The page's links that may lead to the careers page, best first (shallower addresses first between
    /// equals, as a listing sits above its postings), one per address. Links off the site count only when they lead to
    /// a hiring tool's board.</summary>
    /// <param name="pageUrl">The address the page was read from, after redirects: relative links resolve against it.</param>
    /// <param name="website">The address discovery started from: links under its path score higher.</param>
    /// <param name="language">The site's language (ISO 639-1); when null, the page's own lang attribute is used.</param>
    /// <param name="linksSeen">Every web link on the page, scored or not: none at all suggests a page built by script.</param>
    public static IReadOnlyList<CareersPageCandidate> ScoreLinks(string html, Uri pageUrl, Uri website, string? language, out int linksSeen)
    {
        using var document = HtmlPages.Parse(html, out _, CancellationToken.None);
        language ??= PrimaryLanguage(document.DocumentElement?.GetAttribute("lang"));
        var baseUrl = document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref
            && Uri.TryCreate(pageUrl, baseHref.Trim(), out var declared) && declared.Scheme is "http" or "https"
            ? declared
            : pageUrl;

        linksSeen = 0;
        var best = new Dictionary<string, (CareersPageCandidate Candidate, int Order)>(StringComparer.Ordinal);
        foreach (var anchor in document.QuerySelectorAll("a[href], area[href]"))
        {
            if (Target(baseUrl, anchor.GetAttribute("href")) is not { } target)
            {
                continue;
            }

            linksSeen++;
            if (!SiteScope.IsSameSite(target, pageUrl) && !SiteScope.IsSameSite(target, website) && HiringToolHosts.Tool(target.Host) is null)
            {
                continue;
            }

            // A link within the page itself ("#join-our-team") says something by its text only: the page's own address
            // says nothing about that link.
            var samePage = Key(target) == Key(pageUrl);
            if (ScoreLink(LinkText(anchor), target, samePage, website, language) is { } candidate && candidate.Score >= MinimumLinkScore)
            {
                Keep(best, candidate);
            }
        }

        return Ranked(best.Values, candidate => candidate.Url.Segments.Length);
    }

    /// <summary>The sitemap entries whose address holds careers words, best first; shallow pages before deep ones, as
    /// a listing sits above its postings.</summary>
    public static IReadOnlyList<CareersPageCandidate> ScoreSitemapPages(IEnumerable<(Uri Page, Uri Sitemap)> entries, Uri website, string? language)
    {
        var best = new Dictionary<string, (CareersPageCandidate Candidate, int Order)>(StringComparer.Ordinal);
        foreach (var (page, sitemap) in entries)
        {
            if (!SiteScope.IsSameSite(page, website) || IsNotAPage(page))
            {
                continue;
            }

            var path = PathText(page);
            if (CareersTerms.Strongest(path, language) is not { } term)
            {
                continue;
            }

            var score = term.Weight == TermWeight.Strong ? StrongPath : WeakPath;
            var reason = $"sitemap {sitemap}: path {Uri.UnescapeDataString(page.AbsolutePath)} says \"{term.Phrase}\"";
            if (CareersTerms.Against(path) is { } against)
            {
                score -= Against;
                reason += $"; but \"{against.Phrase}\" suggests another kind of page";
            }

            if (SiteScope.IsUnder(page, website))
            {
                score += WithinWebsite;
            }

            if (score >= MinimumSitemapScore)
            {
                Keep(best, new CareersPageCandidate(page, score, CandidateOrigin.Sitemap, reason));
            }
        }

        return Ranked(best.Values, candidate => candidate.Url.Segments.Length);
    }

    /// <summary>The sitemaps of an index in the order worth reading them: those named for jobs, then those of pages
    /// (where a careers page lives), then the rest; those of tags, authors, media and news last.</summary>
    public static IReadOnlyList<Uri> RankSitemaps(IReadOnlyList<Uri> sitemaps) =>
        [.. sitemaps.OrderBy(SitemapPriority)];

    private static int SitemapPriority(Uri sitemap)
    {
        var name = PathText(sitemap);
        if (CareersTerms.Strongest(name, null) is not null && CareersTerms.Against(name) is null)
        {
            return 0;
        }

        var words = CareersText.Normalize(name, apostropheAsSpace: true).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(word => word is "tag" or "category" or "author" or "attachment" or "image" or "video" or "news" or "archive"))
        {
            return 3;
        }

        return words.Any(word => word is "page" or "pages") ? 1 : 2;
    }

    private static CareersPageCandidate? ScoreLink(string text, Uri target, bool samePage, Uri website, string? language)
    {
        var path = samePage ? "" : PathText(target);
        var reasons = new List<string>();
        var score = 0;
        if (CareersTerms.Strongest(text, language) is { } textTerm)
        {
            score += textTerm.Weight == TermWeight.Strong ? StrongText : WeakText;
            if (language is not null and not "en" && textTerm.Language == language)
            {
                score += InSiteLanguage;
            }

            reasons.Add($"text says \"{textTerm.Phrase}\"");
        }

        if (CareersTerms.Strongest(path, language) is { } pathTerm)
        {
            score += pathTerm.Weight == TermWeight.Strong ? StrongPath : WeakPath;
            reasons.Add($"path {Uri.UnescapeDataString(target.AbsolutePath)} says \"{pathTerm.Phrase}\"");
        }

        if (HiringToolHosts.Tool(target.Host) is { } tool)
        {
            score += HiringTool;
            reasons.Add($"{tool} job board at {target.Host}");
        }

        if (score == 0)
        {
            return null;
        }

        if ((CareersTerms.Against(text) ?? CareersTerms.Against(path)) is { } against)
        {
            score -= Against;
            reasons.Add($"but \"{against.Phrase}\" suggests another kind of page");
        }

        if (!samePage && SiteScope.IsUnder(target, website))
        {
            score += WithinWebsite;
            reasons.Add("within the website's own pages");
        }

        return new CareersPageCandidate(target, score, CandidateOrigin.Link, $"link \"{Shown(text)}\": {string.Join("; ", reasons)}");
    }

    /// <summary>The address a link leads to, without its fragment; null for links that lead to no web page.</summary>
    private static Uri? Target(Uri baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(baseUrl, href.Trim(), out var target) || target.Scheme is not ("http" or "https"))
        {
            return null;
        }

        if (target.Fragment.Length > 0)
        {
            target = new UriBuilder(target) { Fragment = "" }.Uri;
        }

        return IsNotAPage(target) ? null : target;
    }

    private static bool IsNotAPage(Uri url) => NotPages.Contains(Path.GetExtension(url.AbsolutePath));

    /// <summary>What the link says: its text, and the labels that stand in for text on icons and images.</summary>
    private static string LinkText(IElement anchor)
    {
        var labels = new[] { anchor.GetAttribute("aria-label"), anchor.GetAttribute("title") }
            .Concat(anchor.QuerySelectorAll("img[alt]").Select(image => image.GetAttribute("alt")))
            .Where(label => !string.IsNullOrWhiteSpace(label));
        return string.Join(" ", labels.Prepend(anchor.TextContent));
    }

    /// <summary>The address's path and query as words: percent-escapes decoded, so a path in Chinese matches too.</summary>
    private static string PathText(Uri url) => Uri.UnescapeDataString(url.AbsolutePath + url.Query);

    private static string Shown(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= MaxShownText ? collapsed : collapsed[..MaxShownText] + "...";
    }

    private static string? PrimaryLanguage(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? null : tag.Trim().Split('-', '_')[0].ToLowerInvariant();

    private static string Key(Uri url) => url.GetLeftPart(UriPartial.Query).TrimEnd('/');

    private static void Keep(Dictionary<string, (CareersPageCandidate Candidate, int Order)> best, CareersPageCandidate candidate)
    {
        var key = Key(candidate.Url);
        if (!best.TryGetValue(key, out var kept))
        {
            best[key] = (candidate, best.Count);
        }
        else if (candidate.Score > kept.Candidate.Score)
        {
            best[key] = (candidate, kept.Order);
        }
    }

    private static List<CareersPageCandidate> Ranked(
        IEnumerable<(CareersPageCandidate Candidate, int Order)> kept, Func<CareersPageCandidate, int> thenBy) =>
        [.. kept
            .OrderByDescending(entry => entry.Candidate.Score)
            .ThenBy(entry => thenBy(entry.Candidate))
            .ThenBy(entry => entry.Order)
            .Select(entry => entry.Candidate)];
}
