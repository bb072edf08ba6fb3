using System.Text.RegularExpressions;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Who a hiring tool's board belongs to as its postings tell, where its address names the owner run together,
/// by an acronym or not at all: the words of an ad that spell the board's token, else the name the acronym stands for in the postings' text ("Great North Innocence Project (GNIP)"), else
/// the name most ads give (<see cref="OrganisationNamedInAds"/>), else the organisation's own site that every posting
/// links to ("careers.appeal.org.uk" as "Appeal") or the one tool board they all sit on, else, for a board known by an id, the named folder its postings'
/// pages sit in.</summary>
internal static partial class HiringToolBoardOwner
{
    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal) { "of", "the", "and", "for", "de", "la", "del", "des", "du", "on" };

    /// <param name="pageUrl">The board's address.</param>
    /// <param name="boardName">The name made up from that address (<see cref="HiringToolBoardNames.Readable"/>, or the host).</param>
    /// <param name="postings">What the board lists.</param>
    /// <returns>Null when the postings say nothing better.</returns>
    public static string? FromPostings(Uri pageUrl, string boardName, IReadOnlyCollection<PostingDraft> postings)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(postings);
        if (SpelledToken(pageUrl, postings) is { } spelled)
        {
            return spelled;
        }

        if (Acronym().IsMatch(boardName) && postings.Select(p => SpelledOut(boardName, p.DescriptionHtml)).FirstOrDefault(name => name is not null) is { } spelledOut)
        {
            return spelledOut;
        }

        return OrganisationNamedInAds.Of(postings)
            ?? (boardName == pageUrl.Host ? LinkedSite(pageUrl, postings) ?? PostingsBoard(postings) : null)
            ?? (IsNoName(boardName) ? PostingsFolder(pageUrl, postings) : null);
    }

    /// <summary>The capitalised words of an ad that spell the board's run-together token, elisions and little words aside
    /// ("droitsurgence" as "Droits d'Urgence" in "L'association Droits d'Urgence recrute …").</summary>
    private static string? SpelledToken(Uri pageUrl, IReadOnlyCollection<PostingDraft> postings)
    {
        if (HiringToolBoardNames.Token(pageUrl) is not { } token || !token.All(char.IsAsciiLetter))
        {
            return null;
        }

        foreach (var text in postings.Select(p => PlainText.FromHtml(p.DescriptionHtml)).OfType<string>())
        {
            foreach (Match run in NameRun().Matches(text))
            {
                var words = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var first = 0; first < words.Length; first++)
                {
                    var spelled = "";
                    for (var last = first; last < words.Length && spelled.Length < token.Length; last++)
                    {
                        spelled += MinorWords.Contains(words[last]) ? "" : Elision().Replace(words[last], "").ToLowerInvariant();
                        if (last > first && char.IsUpper(words[first][0]) && spelled.Equals(token, StringComparison.OrdinalIgnoreCase))
                        {
                            return string.Join(' ', words[first..(last + 1)]);
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The capitalised words before "(<paramref name="acronym"/>)" whose initials spell it.</summary>
    public static string? SpelledOut(string acronym, string? text)
    {
        if (text is null)
        {
            return null;
        }

        text = Tag().Replace(text, " ");

        for (var at = text.IndexOf("(" + acronym + ")", StringComparison.Ordinal); at > 0; at = text.IndexOf("(" + acronym + ")", at + 1, StringComparison.Ordinal))
        {
            var words = text[..at].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var initials = "";
            for (var first = words.Length - 1; first >= 0 && initials.Length < acronym.Length; first--)
            {
                var word = words[first].TrimStart('"', '“');
                if (MinorWords.Contains(word))
                {
                    continue;
                }

                if (word.Length == 0 || !char.IsUpper(word[0]))
                {
                    break;
                }

                initials = word[0] + initials;
                if (initials == acronym)
                {
                    return string.Join(' ', words[first..]).TrimStart('"', '“');
                }
            }
        }

        return null;
    }

    /// <summary>The one site, not the tool's, that every posting links to.</summary>
    private static string? LinkedSite(Uri pageUrl, IReadOnlyCollection<PostingDraft> postings)
    {
        var sites = postings.Select(p => p.Url ?? p.ApplyUrl).Where(u => u is not null).Select(u => u!).ToList();
        if (sites.Count == 0 || sites.Count < postings.Count)
        {
            return null;
        }

        var site = LinkFilter.SiteKey(sites[0].Host);
        return sites.All(u => LinkFilter.SiteKey(u.Host) == site) && !LinkFilter.SameSite(sites[0], pageUrl)
            && Discovery.HiringToolHosts.Tool(sites[0].Host) is null
            ? SiteName.OfHost(sites[0])
            : null;
    }

    /// <summary>The one board every posting's page is on, as a name, for an answer from a tool's API host that names no board
    /// ("api.teamtailor.com" listing "zweitechance-sachsen.teamtailor.com/jobs/…" as "Zweitechance Sachsen").</summary>
    private static string? PostingsBoard(IReadOnlyCollection<PostingDraft> postings)
    {
        var tokens = postings.Select(p => p.Url is null ? null : HiringToolBoardNames.Token(p.Url)).Distinct().ToList();
        return tokens is [{ } token] ? HiringToolBoardNames.Readable(token, []) : null;
    }

    /// <summary>A name made up from a token that is an id, not a name ("Q Xb9vfw A" from Jobvite's "qXb9VfwA", "Cx 1").</summary>
    private static bool IsNoName(string boardName) =>
        boardName.Any(char.IsDigit) || boardName.Split(' ').Any(word => word.Length == 1);

    /// <summary>The named folder every posting's page sits in ("jobs.jobvite.com/oregon-innocence/job/oQx7bfwR" as "Oregon
    /// Innocence"), unless the board's own address has it too: then it is the tool's path ("…/rest-services/3LKS7P/…").</summary>
    private static string? PostingsFolder(Uri pageUrl, IReadOnlyCollection<PostingDraft> postings)
    {
        var folders = postings.Select(p => p.Url?.Segments is [_, var first, ..] ? first.TrimEnd('/') : null).Distinct().ToList();
        return folders is [{ } folder] && Slug().IsMatch(folder) && !pageUrl.Segments.Any(s => s.TrimEnd('/') == folder)
            ? HiringToolBoardNames.Readable(folder, [])
            : null;
    }

    [GeneratedRegex(@"\p{Lu}\p{L}*(?:\s+(?:(?:of|the|for|and|de|du|des|la|le|del|van|für)\s+)*(?:[dlDL]['’])?\p{Lu}\p{L}*)*")]
    private static partial Regex NameRun();

    [GeneratedRegex(@"^[dlDL]['’]")]
    private static partial Regex Elision();

    [GeneratedRegex(@"^[a-z]+(?:-[a-z]+)+$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^[A-Z]{2,6}$")]
    private static partial Regex Acronym();
}
