using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The name a page gives its owner: <c>og:site_name</c>, else the part of the title that is not the page's
/// own name ("Careers Archives - Centurion", "Tennessee Innocence Project - Career Page", "Werken bij Rechtswinkel
/// Utrecht"), else its footer's copyright line ("© 2026 Rechtswinkel Utrecht"); a job portal's name ("State of Ohio
/// Careers") gives way to the page's main heading, which names the employer it shows; in full where the page writes
/// it so (<see cref="FullerName"/>: "The Connecticut Division of Public Defender Services is …").</summary>
internal static partial class SiteName
{
    /// <remarks>Worked out once per page (<see cref="PageMemo"/>).</remarks>
    public static string? Of(IDocument document) =>
        PageMemo.Of(document).SiteName(document, static d => Named(d, ElementWalk.FirstDescendant(d.DocumentElement, DeclaresName)));

    /// <summary>The name with the page's first name declaration already found (<see cref="PageElements.NameDeclaration"/>).</summary>
    public static string? Of(IDocument document, IElement? nameDeclaration) =>
        PageMemo.Of(document).SiteName(document, d => Named(d, nameDeclaration));

    private static string? Named(IDocument document, IElement? nameDeclaration)
    {
        // A page hosted by a site builder may declare the builder's name ("Notion"): that names the tool, not the owner.
        var title = PlainText.Collapse(document.Title);
        var name = PlainText.Collapse(nameDeclaration?.GetAttribute("content")) is { } declared && !HostingPlatform().IsMatch(declared)
            ? declared
            : (IsCampaignArchive(document) ? Copyright(document) : null) ?? FromTitle(title) ?? AfterLinkingWords(title) ?? Copyright(document);
        name = name is not null && NamesPortal(name) && EmployerOnPortal(document, title) is { } employer ? employer : name;
        return name is null ? null : FullerName.Of(name, document.Body?.TextContent);
    }

    /// <summary>A readable name from the registrable part of a host ("www.rechtswinkel-utrecht.nl" as "Rechtswinkel
    /// Utrecht", "centurion.org" as "Centurion"), for a page that names no owner; the host itself for a hiring tool's
    /// host, whose name is the tool's, and for an address with no host name.</summary>
    public static string OfHost(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.HostNameType != UriHostNameType.Dns || Discovery.HiringToolHosts.Tool(url.Host) is not null)
        {
            return url.Host;
        }

        var label = LinkFilter.SiteKey(url.Host).Split('.')[0];
        return label.Length == 0 ? url.Host : HiringToolBoardNames.Readable(label, []);
    }

    /// <summary>Whether a source's configured organisation names the page's owner better than the site's name: it is the
    /// fuller name of the same owner ("Connecticut Division of Public Defender Services" for "Division of Public Defender
    /// Services"), or the site is a portal hosting the owner's page, whose title or main heading names the owner
    /// ("Office of the Ohio Public Defender openings | State of Ohio Careers"). A host ("centurion.org", what a preview
    /// names a page's source when nothing is configured) names no owner better.</summary>
    public static bool ConfiguredNamesOwner(string siteName, string configured, IDocument document) =>
        !IsHostName(configured)
        && (configured.Contains(siteName, StringComparison.OrdinalIgnoreCase)
        || (document.Title?.Contains(configured, StringComparison.OrdinalIgnoreCase) ?? false)
        || (document.Body is { } body && ElementWalk.FirstDescendant(body, e => e.LocalName == "h1") is { } heading
            && heading.TextContent.Contains(configured, StringComparison.OrdinalIgnoreCase)));

    private static bool IsHostName(string name) => name.Contains('.') && Uri.CheckHostName(name) == UriHostNameType.Dns;

    /// <summary>What <c>meta[property='og:site_name'], meta[name='application-name']</c> matches (both values compared
    /// ordinally, as the selector does), without a selector matched against every element of the page.</summary>
    public static bool DeclaresName(IElement element) =>
        element.LocalName == "meta"
        && (element.GetAttribute("property") == "og:site_name" || element.GetAttribute("name") == "application-name");

    /// <summary>The owner's name from a title made of parts ("Page – Site"): the last part that is not generic, when the
    /// title has parts at all.</summary>
    public static string? FromTitle(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var parts = TitleSeparator().Split(title).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return null;
        }

        // A part that starts in lower case is a tagline ("gratis juridisch advies voor jongeren"), not a name.
        return parts.LastOrDefault(p => !IsGeneric(p) && !char.IsLower(p[0]));
    }

    /// <summary>The name after a title's careers phrase ("Werken bij Rechtswinkel Utrecht", "Careers at Acme", "Join
    /// Acme"): generic words up to a linking word, then a name that is not generic itself.</summary>
    private static string? AfterLinkingWords(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var words = title.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (LinkingWord().IsMatch(words[i]))
            {
                var name = string.Join(' ', words[(i + 1)..]);
                return IsGeneric(name) ? null : name;
            }

            if (!IsGeneric(words[i]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The name in the page's copyright line ("© 2024 Centurion · 1000 Herrontown Road", "Copyright 2026
    /// Rechtswinkel Utrecht. All rights reserved."), read in its footer, else its body.</summary>
    private static string? Copyright(IDocument document)
    {
        var scope = document.Body is { } body ? ElementWalk.FirstDescendant(body, e => e.LocalName == "footer") ?? body : null;
        return PlainText.Collapse(scope?.TextContent) is { } text && CopyrightLine().Match(text) is { Success: true } match
            && match.Groups["name"].Value.Trim() is { Length: > 1 } name && !IsGeneric(name)
            ? name
            : null;
    }

    /// <summary>An email campaign's web copy (Mailchimp's archive: the template's <c>#bodyTable</c> and <c>#templateBody</c>
    /// cells), whose title is the campaign's subject ("Boletín Diciembre: ¡Buscamos gente!"): its sender is named in the
    /// copyright line.</summary>
    private static bool IsCampaignArchive(IDocument document) =>
        document.GetElementById("bodyTable") is not null && document.GetElementById("templateBody") is not null;

    /// <summary>A name that ends in a careers word after words of its own ("State of Ohio Careers", "NYC Jobs"): a job
    /// portal's.</summary>
    private static bool NamesPortal(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words && PortalWord().IsMatch(words[^1])
        && !IsGeneric(string.Join(' ', words[..^1]));

    /// <summary>The employer a portal's page shows: its first <c>h1</c>, when a part of its title is that heading and a
    /// careers word ("Office of the Ohio Public Defender openings | State of Ohio Careers"), which a posting's own title
    /// ("Staff Attorney | Acme Careers") is not.</summary>
    private static string? EmployerOnPortal(IDocument document, string? title) =>
        title is not null && document.Body is { } body && ElementWalk.FirstDescendant(body, e => e.LocalName == "h1") is { } heading
            && PlainText.Collapse(heading.TextContent) is { } text && !IsGeneric(text)
            && TitleSeparator().Split(title).Select(p => p.Trim()).Any(part => part.Length > text.Length
                && ((part.StartsWith(text, StringComparison.OrdinalIgnoreCase) && IsGeneric(part[text.Length..]))
                    || (part.EndsWith(text, StringComparison.OrdinalIgnoreCase) && IsGeneric(part[..^text.Length]))))
            ? text
            : null;

    /// <summary>A part made only of words like "Careers", "Jobs", "Page 2 of 5", "Trabaja con nosotros".</summary>
    public static bool IsGeneric(string part) =>
        GenericCjkPhrase().IsMatch(part)
        || part.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).All(w => GenericWord().IsMatch(w.Trim('.', ',', ':', '»', '«', '&', '(', ')')));

    [GeneratedRegex(@"^(?:notion|wix(?:\.com)?|webflow|squarespace|google\ sites|framer|jimdo|weebly|wordpress(?:\.com)?|site123|strikingly|godaddy|canva|carrd)$", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex HostingPlatform();

    // "Stellenangebote: Verein für Wiederaufnahmehilfe": a colon parts a title written as a sentence would be.
    [GeneratedRegex(@"\s+[|–—\-·:»/]\s+|\s*[|｜_]\s*|(?<=\p{L}):\s+")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"^(?:|\d+|&|and|of|at|the|for|with|us|our|to|in|page|archives?|careers?|jobs?|job|vacanc(?:y|ies)|openings?|opportunit(?:y|ies)|employment|join|team|work|working|current|open|positions?|search|results?|home|apply|listings?|feed|rss|atom|news|rss2|trabaja|trabajá|con|nosotros|empleos?|ofertas?|de|lavora|noi|offerte|di|lavoro|vacatures?|werken|bij|ons|offres?|d'emploi|d’emploi|emplois?|recrutement|nous|rejoindre|rejoignez-nous|stellenangebote|karriere|stellen|vagas?|abertas|trabalhe|conosco|oportunidades|carreiras?|emprego|b[úu]squedas?|laborales|convocatorias?|posizioni|aperte|praca|kariera|oferty|pracy|blog|posts?|label)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericWord();

    /// <summary>Chinese and Japanese page names made only of words like 招聘 (recruiting), 启事 (notice), 新闻动态 (news),
    /// 加入我们 (join us), 採用情報 (recruitment information).</summary>
    [GeneratedRegex(@"^(?:招聘|招募|启事|啟事|信息|資訊|资讯|新闻|新聞|动态|動態|加入|我们|我們|採用|情報|求人|募集|人才|职位|職位|工作|机会|機會|首页|首頁|ホーム|案内|のご|お知らせ|公告|通知|列表|详情|詳情)+$")]
    private static partial Regex GenericCjkPhrase();

    [GeneratedRegex(@"^(?:at|bij|with|chez|bei|con|presso|join|joining|rejoignez|rejoindre|únete|unete)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkingWord();

    [GeneratedRegex(@"^(?:careers?|jobs|vacatures|vacancies|empleos|emplois|stellenangebote|stellen|karriere|lavoro|opportunities)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PortalWord();

    [GeneratedRegex(@"(?:©|&copy;|Copyright\s*(?=©|\(c\)|\d{4})(?:©|\(c\))?)\s*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s*)?(?<name>[^.|·•,;\d©]{2,80}?)\s*(?:[.|·•,;]|\d|All rights|Alle rechten|Tous droits|Todos los derechos|Alle Rechte|Tutti i diritti|版权所有|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightLine();
}
