using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The postal address a page states for its organisation: a part of an <c>&lt;address&gt;</c> element, of the
/// footer (<c>&lt;footer&gt;</c>, <c>role="contentinfo"</c>), or of the page's last block of text where a builder writes
/// no footer element (Google Sites), that holds a postal code ("270, rue Marquette, Sherbrooke (Québec) J1H 1M1",
/// "1200 Main St, Springfield, IL 62701", "Vestergade 20, 5000 Odense C"); parts are split at "·", "|" and "•", which
/// set the address apart from the phone and e-mail beside it. Null where the page states none.</summary>
internal static partial class PageAddress
{
    private const int MaxAddressLength = 120;

    private static readonly char[] PartSeparators = ['·', '|', '•', '\n'];

    public static string? Of(IDocument document)
    {
        foreach (var holder in Holders(document))
        {
            if (PlainText.Of(holder) is not { } text)
            {
                continue;
            }

            foreach (var part in text.Split(PartSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length <= MaxAddressLength && PostalCode().IsMatch(part))
                {
                    return part;
                }
            }
        }

        return null;
    }

    private static IEnumerable<IElement> Holders(IDocument document)
    {
        foreach (var address in document.GetElementsByTagName("address"))
        {
            yield return address;
        }

        foreach (var footer in document.QuerySelectorAll("footer, [role=contentinfo]"))
        {
            yield return footer;
        }

        if (LastTextBlock(document.Body) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>The last element of the body that holds text, scripts and hidden parts aside.</summary>
    private static IElement? LastTextBlock(IElement? body)
    {
        var element = body;
        while (element?.LastElementChild is not null)
        {
            var child = element.LastElementChild;
            while (child is not null && (child.LocalName is "script" or "style" or "noscript" or "template" or "link" or "meta"
                || child.HasAttribute("hidden") || string.IsNullOrWhiteSpace(child.TextContent)))
            {
                child = child.PreviousElementSibling;
            }

            if (child is null)
            {
                break;
            }

            element = child;
        }

        return element == body ? null : element;
    }

    /// <summary>A postal code as the network's countries write one: Canada's "J1H 1M1", the US state and ZIP "IL 62701",
    /// the UK's "M1 2AB", the Netherlands' "1012 AB", Argentina's "C1084AAD", and four or five digits before a town
    /// ("5000 Odense C", "28004 Madrid", "75011 Paris"); not a year ("© 2026 Forening").</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d(?![\p{L}\d])|[A-Z]{2}\s+\d{5}(?:-\d{4})?(?![\p{L}\d-])|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?![\p{L}\d])|" +
        @"(?!(?:19|20)\d\d(?!\d))\d{4}\s?[A-Z]{2}(?![\p{L}\d])|[A-Z]\d{4}[A-Z]{3}(?![\p{L}\d])|(?!(?:19|20)\d\d(?!\d))\d{4,5}\s+\p{Lu}\p{Ll})",
        RegexOptions.CultureInvariant)]
    private static partial Regex PostalCode();
}
