using System.Text.RegularExpressions;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>The organisation a board's ads name as the subject of a sentence ("The Mid-Atlantic Innocence Project seeks
/// an Investigator", "Innocence Project Italia cerca un avvocato"), for a hiring tool's answer that names no employer and
/// whose address gives only a token ("exonerate", "ipitalia"). A body named inside a sentence is someone the
/// organisation works with ("drafts applications to the Criminal Cases Review Commission").</summary>
internal static partial class OrganisationNamedInAds
{
    /// <summary>Words that make a run of capitalised words an organisation's name, in the network's languages. A role
    /// such as "Defender" is none: "Assistant Public Defender" is a title.</summary>
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "project", "proyecto", "projet", "progetto", "projeto", "projekt",
        "foundation", "fundación", "fundacion", "fondation", "fondazione", "fundação", "fundacao", "stichting", "stiftung", "fundacja",
        "association", "asociación", "asociacion", "associazione", "associação", "associacao", "vereniging", "verein",
        "office", "center", "centre", "centro", "zentrum", "clinic", "clínica", "network", "initiative", "institute",
        "instituto", "istituto", "institut", "coalition", "alliance", "service", "services", "commission", "council", "trust",
        "fund", "league", "society", "agency", "department", "division", "bureau", "collective", "collectif",
        "university", "universidad", "université", "università", "universidade", "universiteit", "universität", "college", "school",
    };

    /// <summary>Articles a sentence may start a name with that are not part of it.</summary>
    private static readonly HashSet<string> SentenceArticles = new(StringComparer.Ordinal)
    {
        "The", "La", "El", "Los", "Las", "Le", "Les", "Der", "Die", "Das", "De", "Het", "Il", "Lo", "O", "A", "Os", "As",
    };

    /// <summary>How many postings' ads must name it: most of them, so that a partner named in one ad is not taken.</summary>
    private const int ShareOfPostings = 2;

    /// <returns>The name most of the ads give, or null when they give none.</returns>
    public static string? Of(IReadOnlyCollection<PostingDraft> postings)
    {
        ArgumentNullException.ThrowIfNull(postings);
        var titles = postings.Select(p => p.Title).Where(t => t is not null).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var adsNaming = new Dictionary<string, int>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var posting in postings)
        {
            if (posting.DescriptionHtml is not { } html)
            {
                continue;
            }

            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var block in BlockBreak().Split(html))
            {
                if (PlainText.FromHtml(block) is not { } text)
                {
                    continue;
                }

                foreach (Match match in CapitalisedRun().Matches(text))
                {
                    if (StartsSentence(text, match.Index) && Name(match.Value) is { } name && !titles.Contains(name))
                    {
                        named.Add(name);
                        mentions[name] = mentions.GetValueOrDefault(name) + 1;
                    }
                }
            }

            foreach (var name in named)
            {
                adsNaming[name] = adsNaming.GetValueOrDefault(name) + 1;
            }
        }

        return adsNaming
            .Where(n => n.Value * ShareOfPostings >= postings.Count)
            .OrderByDescending(n => n.Value).ThenByDescending(n => mentions[n.Key]).ThenByDescending(n => n.Key.Length)
            .Select(n => n.Key)
            .FirstOrDefault();
    }

    /// <summary>The run as a name: of two words or more, one of them an <see cref="OrganisationWords">organisation
    /// word</see> before any lower-case joining word ("Office of the Public Defender", not "Work on the Southern Center"),
    /// without a possessive ending or an article ("The", "La", "Der") the sentence starts with.</summary>
    private static string? Name(string run)
    {
        var words = Possessive().Replace(run, "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = SentenceArticles.Contains(words[0]) ? 1 : 0;
        var organisationWord = Array.FindIndex(words, OrganisationWords.Contains);
        var joiningWord = Array.FindIndex(words, w => char.IsLower(w[0]));
        return words.Length - start >= 2 && organisationWord >= 0 && (joiningWord < 0 || organisationWord < joiningWord)
            ? string.Join(' ', words[start..])
            : null;
    }

    private static bool StartsSentence(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or ':' or '"' or '“';
    }

    [GeneratedRegex(@"\p{Lu}[\p{L}\p{Mn}'’-]*(?:\s+(?:(?:of|the|for|and|on|de|del|la|des|du|di|della|van|voor|für|do|da|dos|das|y|et|und|e)\s+)*\p{Lu}[\p{L}\p{Mn}'’-]*)*")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"<(?:p|div|br|li|td|th|h[1-6]|section|article|header)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBreak();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();
}
