using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The name a page gives its owner: <c>og:site_name</c>, else the part of the title that is not the page's
/// own name ("Careers Archives - Centurion", "Tennessee Innocence Project - Career Page").</summary>
internal static partial class SiteName
{
    public static string? Of(IDocument document) => Of(document, ElementWalk.FirstDescendant(document.DocumentElement, DeclaresName));

    /// <summary>The name with the page's first name declaration already found (<see cref="PageElements.NameDeclaration"/>).</summary>
    public static string? Of(IDocument document, IElement? nameDeclaration)
    {
        // A page hosted by a site builder may declare the builder's name ("Notion"): that names the tool, not the owner.
        if (PlainText.Collapse(nameDeclaration?.GetAttribute("content")) is { } name && !HostingPlatform().IsMatch(name))
        {
            return name;
        }

        return FromTitle(PlainText.Collapse(document.Title));
    }

    /// <summary>Whether a source's configured organisation names the page's owner better than the site's name: it is the
    /// fuller name of the same owner ("Connecticut Division of Public Defender Services" for "Division of Public Defender
    /// Services"), or the site is a portal hosting the owner's page, whose title or main heading names the owner
    /// ("Office of the Ohio Public Defender openings | State of Ohio Careers").</summary>
    public static bool ConfiguredNamesOwner(string siteName, string configured, IDocument document) =>
        configured.Contains(siteName, StringComparison.OrdinalIgnoreCase)
        || (document.Title?.Contains(configured, StringComparison.OrdinalIgnoreCase) ?? false)
        || (document.Body is { } body && ElementWalk.FirstDescendant(body, e => e.LocalName == "h1") is { } heading
            && heading.TextContent.Contains(configured, StringComparison.OrdinalIgnoreCase));

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

        return parts.LastOrDefault(p => !IsGeneric(p));
    }

    /// <summary>A part made only of words like "Careers", "Jobs", "Page 2 of 5", "Trabaja con nosotros".</summary>
    public static bool IsGeneric(string part) =>
        part.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).All(w => GenericWord().IsMatch(w.Trim('.', ',', ':', '»', '«', '&', '(', ')')));

    [GeneratedRegex(@"^(?:notion|wix(?:\.com)?|webflow|squarespace|google\ sites|framer|jimdo|weebly|wordpress(?:\.com)?|site123|strikingly|godaddy|canva|carrd)$", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex HostingPlatform();

    [GeneratedRegex(@"\s+[|–—\-·:»/]\s+|\s*\|\s*")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"^(?:|\d+|&|and|of|at|the|for|with|us|our|to|in|page|archives?|careers?|jobs?|job|vacanc(?:y|ies)|openings?|opportunit(?:y|ies)|employment|join|team|work|working|current|open|positions?|search|results?|home|apply|listings?|feed|rss|atom|news|rss2|trabaja|trabajá|con|nosotros|empleos?|ofertas?|de|lavora|noi|offerte|di|lavoro|vacatures?|werken|bij|ons|offres?|d'emploi|d’emploi|emplois?|recrutement|nous|rejoindre|rejoignez-nous|stellenangebote|karriere)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericWord();
}
