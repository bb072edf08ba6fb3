using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Which links may lead to a posting: not the page itself, not another site's home page, and not to news,
/// blog, events, donation, staff or other non-job pages. Links to other sites stay possible: small organisations list
/// their openings and link each to an applicant system or a PDF elsewhere.</summary>
internal static partial class LinkFilter
{
    /// <param name="announced">Whether the link's text announces a posting ("Stellenausschreibung: Jurist*in", "Offre
    /// d'emploi : Juriste"): a job ad posted as news may then stand in the news folder.</param>
    public static bool MayBePosting(Uri link, Uri page, bool offSiteAllowed = false, bool announced = false)
    {
        if (link.Scheme is not ("http" or "https"))
        {
            return false;
        }

        if (!offSiteAllowed && link.AbsolutePath.Trim('/').Length == 0 && !SameSite(link, page))
        {
            return false;
        }

        if (Uri.Compare(link, page, UriComponents.HttpRequestUrl, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            && string.IsNullOrEmpty(link.Fragment))
        {
            return false;
        }

        // Another site's job search ("Staff Attorney jobs in Fresno, CA" on a job board) lists that site's openings.
        if (!SameSite(link, page) && IsSearchAddress(link))
        {
            return false;
        }

        var path = Uri.UnescapeDataString(link.AbsolutePath);
        return (announced || !NotJobSegment().IsMatch(path) || IsJobDocument(path)) && !Asset().IsMatch(path) && (!AboutSegment().IsMatch(path) || JobSegment().IsMatch(path));
    }

    /// <summary>A link to a form service's form (Google Forms, Microsoft Forms, Typeform, Jotform, Tally, Zoho Forms): an
    /// application to send, not a page about an opening.</summary>
    public static bool IsForm(Uri link) =>
        link.Host is var host
        && (host.Equals("forms.gle", StringComparison.OrdinalIgnoreCase) || host.Equals("forms.office.com", StringComparison.OrdinalIgnoreCase)
            || host.Equals("tally.so", StringComparison.OrdinalIgnoreCase)
            || (host.StartsWith("docs.google.", StringComparison.OrdinalIgnoreCase) && link.AbsolutePath.StartsWith("/forms/", StringComparison.OrdinalIgnoreCase))
            || host.EndsWith(".typeform.com", StringComparison.OrdinalIgnoreCase) || host.EndsWith("jotform.com", StringComparison.OrdinalIgnoreCase)
            || host.StartsWith("forms.zoho", StringComparison.OrdinalIgnoreCase));

    /// <summary>A link to a document (PDF, Word, OpenDocument, RTF) rather than a page.</summary>
    public static bool IsDocument(Uri link) => Document().IsMatch(link.AbsolutePath);

    /// <summary>A document whose file name names a vacancy ("/media/vacature-jurist-32-uur.pdf"): its folder is where a
    /// site keeps uploads (<c>/media/</c>), not a section of news or events.</summary>
    private static bool IsJobDocument(string path) =>
        Document().IsMatch(path) && JobSegment().IsMatch(path.AsSpan(path.LastIndexOf('/')));

    /// <summary>A link to a job search rather than to one opening: a search query in its address (<c>?q=</c>,
    /// <c>?keywords=</c>, <c>/jobs/search</c>, <c>/q-paralegal-jobs.html</c>) or "… jobs in/near …" in its text.</summary>
    public static bool IsJobSearch(Uri link, string text) => IsSearchAddress(link) || JobsInPlace().IsMatch(text);

    private static bool IsSearchAddress(Uri link) =>
        (link.Query.Length > 2 && SearchQuery().IsMatch(link.Query)) || SearchPath().IsMatch(link.AbsolutePath);

    public static bool SameSite(Uri a, Uri b) => a.Host is var host && (host == b.Host || SiteKey(host) == SiteKey(b.Host));

    /// <summary>The registrable part of a host, near enough without a public-suffix list: the last two labels, or three
    /// under a country's second level (<c>co.za</c>, <c>org.uk</c>, <c>com.au</c>).</summary>
    public static string SiteKey(string host)
    {
        var labels = host.ToLowerInvariant().TrimEnd('.').Split('.');
        if (labels.Length >= 3 && labels[^1].Length == 2 && SecondLevel().IsMatch(labels[^2]))
        {
            return string.Join('.', labels[^3..]);
        }

        return labels.Length >= 2 ? string.Join('.', labels[^2..]) : host.ToLowerInvariant();
    }

    [GeneratedRegex(@"^(?:co|com|org|net|gov|gob|gouv|ac|edu|or|ne|go|nic|mil|ltd|plc|sch|nhs|asso)$")]
    private static partial Regex SecondLevel();

    [GeneratedRegex(@"/(?:news|blog|blogs|posts?/\d|events?|calendar|agenda|donate|donations?|give|giving|support-us|press|press-releases?|media|stories|story|category|tag|tags|author|podcasts?|newsletter|webinars?|noticias|novedades|prensa|eventos|actualites|actualités|evenements|événements|nieuws|evenementen|notizie|eventi|comunicati|faire-un-don|dona|donar|doneer|sostienici|formations?|trainings?|courses?|cursos?|corsi|cursussen|schulungen|seminare|szkolenia|workshops?|privacy|privacy-policy|cookies?|contact|contacto|contatti|login|account|cart|shop|wp-login\.php|feed)(?:/|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotJobSegment();

    /// <summary>Pages about the organisation and its people, where a staff directory's "Jane Doe, Staff Attorney" links
    /// live; a path that also names careers ("/about/careers/paralegal/") is not one.</summary>
    [GeneratedRegex(@"/(?:team|our-team|staff|our-staff|people|leadership|board|board-of-directors|bios?|about|about-us|who-we-are|equipo|nuestro-equipo|equipe|équipe|l-equipe|chi-siamo|squadra|ons-team|over-ons|wie-zijn-wij|exonerees|clients|cases|case|profiles?|attorneys|lawyers|our-lawyers)(?:/|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutSegment();

    [GeneratedRegex(@"/[^/]*(?:career|jobs?(?:[/_-]|$)|employment|vacanc|opportunit|vacature|empleo|trabaj|lavora|offres|stellen|join|hiring|openings|positions|recruit|recrut)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JobSegment();

    [GeneratedRegex(@"[?&](?:q|query|keywords?|what|search|searchterm|k)=[^&]", RegexOptions.IgnoreCase)]
    private static partial Regex SearchQuery();

    [GeneratedRegex(@"/(?:search|zoeken|suche|buscar|recherche|cerca)/?$|/q-[^/]+-jobs\.html$", RegexOptions.IgnoreCase)]
    private static partial Regex SearchPath();

    [GeneratedRegex(@"(?<![\p{L}])(?:jobs|stellen(?:angebote)?|vacatures|empleos|ofertas\ de\ empleo|offres\ d['’]emploi|offerte\ di\ lavoro)\s+(?:in|near|en|à|bij|a|im)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JobsInPlace();

    [GeneratedRegex(@"\.(?:jpe?g|png|gif|svg|webp|css|js|ico|mp3|mp4|zip)$", RegexOptions.IgnoreCase)]
    private static partial Regex Asset();

    [GeneratedRegex(@"\.(?:pdf|docx?|odt|rtf)$", RegexOptions.IgnoreCase)]
    private static partial Regex Document();
}
