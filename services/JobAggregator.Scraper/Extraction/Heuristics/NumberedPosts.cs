using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Openings an announcement lists as numbered paragraphs, each its title and its facts in clauses
/// ("1. 专职律师（2名）：工作地点：成都市；…；月薪8000-12000元。", "2. Staff Attorney (1 post): Location: Leeds; £32,000"),
/// with the dates the announcement states once for all of them ("发布时间：…", "报名截止日期：…").</summary>
/// <remarks>A numbered line is an opening when its title names a role and its clauses state two job fields or more (a
/// place, pay, the kind of job, a closing date): a numbered list of duties, requirements or steps states none.</remarks>
internal static partial class NumberedPosts
{
    private const int MinFields = 2;

    public static IReadOnlyList<PostingDraft> Find(IDocument document, Uri pageUrl)
    {
        if (SectionHeadings.IsNotAListingPage(pageUrl) || PageRegions.MainContent(document) is not { } main)
        {
            return [];
        }

        var posts = new List<PostingDraft>();
        foreach (var line in ElementWalk.Descendants(main))
        {
            if (line.LocalName is "p" or "li" && Post(line) is { } post)
            {
                posts.Add(post with { FoundOn = pageUrl });
            }
        }

        if (posts.Count == 0 || SectionHeadings.SaysNoOpenings(main))
        {
            return [];
        }

        // The announcement's own dates, stated once, hold for each of its posts.
        var stated = LabelledLines.Read(main);
        var closing = stated.ValidThrough ?? ClosingSentences.FirstIn(ElementWalk.Descendants(main).Where(e => e.LocalName is "p" or "li"));
        return posts.Select(p => p with { DatePosted = p.DatePosted ?? stated.DatePosted, ValidThrough = p.ValidThrough ?? closing }).ToList();
    }

    /// <summary>The opening a numbered line names, with the facts its clauses state; null for any other line.</summary>
    internal static PostingDraft? Post(IElement line)
    {
        if (line.TextContent.AsSpan().IndexOfAny(':', '：') < 0 || PlainText.Of(line) is not { } text
            || NumberedLine().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var title = match.Groups["title"].Value.Trim();
        var clauses = match.Groups["facts"].Value.Split(ClauseSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.TrimEnd('。', '.'));
        return JobTitles.HasRoleWord(title) && BracketedFacts.Of(clauses) is { } facts && BracketedFacts.Count(facts) >= MinFields
            ? facts with { Title = title }
            : null;
    }

    private static readonly string[] ClauseSeparators = ["；", "; "];

    // "1. ", "2、", "3）": the number; the title up to its colon, a headcount in brackets ("（2名）", "(1 post)") left out.
    [GeneratedRegex(@"^\d{1,2}\s*[.、．)）]\s*(?<title>[^（(：:；;。]{2,60}?)\s*(?:[（(][^）)]{1,16}[）)])?\s*[:：]\s*(?<facts>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedLine();
}
