using System.Text;
using System.Text.RegularExpressions;
using JobAggregator.Text;

namespace JobAggregator.Store.Openings;

/// <summary>A title reduced to the words that name the job, so two sources' ways of writing one title compare equal:
/// case, accents and punctuation dropped, the organisation's name around it ("Title – Organization"), requisition
/// numbers, filler words and common abbreviations ("Sr.", "Atty", "&amp;", "II") read as the full words.</summary>
internal sealed partial class OpeningTitle
{
    private static readonly HashSet<string> StopWords =
        new(
            ["a", "an", "the", "and", "of", "for", "at", "in", "to", "with", "on", "or", "inc", "llc", "ltd"],
            StringComparer.Ordinal);

    /// <summary>Words that say nothing about which job it is.</summary>
    private static readonly HashSet<string> FillerWords =
        new(["position", "opening", "vacancy"], StringComparer.Ordinal);

    private static readonly Dictionary<string, string[]> Abbreviations = new(StringComparer.Ordinal)
    {
        ["sr"] = ["senior"],
        ["snr"] = ["senior"],
        ["jr"] = ["junior"],
        ["atty"] = ["attorney"],
        ["asst"] = ["assistant"],
        ["assoc"] = ["associate"],
        ["mgr"] = ["manager"],
        ["dir"] = ["director"],
        ["coord"] = ["coordinator"],
        ["admin"] = ["administrative"],
        ["exec"] = ["executive"],
        ["dev"] = ["development"],
        ["comms"] = ["communications"],
        ["hr"] = ["human", "resources"],
        ["ops"] = ["operations"],
        ["dept"] = ["department"],
        ["mgmt"] = ["management"],
        ["govt"] = ["government"],
        ["spec"] = ["specialist"],
        ["supv"] = ["supervisor"],
        ["vp"] = ["vice", "president"],
        ["i"] = ["1"],
        ["ii"] = ["2"],
        ["iii"] = ["3"],
        ["iv"] = ["4"],
    };

    private OpeningTitle(string text, List<string> words, bool truncated)
    {
        Text = text;
        Words = words;
        WordSet = new HashSet<string>(words, StringComparer.Ordinal);
        Truncated = truncated;
    }

    /// <summary>The title as the source wrote it.</summary>
    public string Text { get; }

    /// <summary>The words that name the job, in order.</summary>
    public IReadOnlyList<string> Words { get; }

    public IReadOnlySet<string> WordSet { get; }

    /// <summary>The title was cut short ("…", "..."), so its last word may be the start of a longer one.</summary>
    public bool Truncated { get; }

    /// <param name="organizationId">The organisation's slug ("georgia-innocence-project"): a part of the title that
    /// names it is not part of the job's name.</param>
    public static OpeningTitle Read(string title, string organizationId)
    {
        var text = title.Trim();
        var truncated = false;
        var mark = TruncationMark().Match(text);
        if (mark.Success)
        {
            truncated = true;
            text = text[..mark.Index];
        }

        var organization = new OrganizationWords(organizationId);
        text = Requisition().Replace(text, " ");
        text = Parenthesised().Replace(
            text, group => NamesOrganization(Split(group.Groups[1].Value), organization, false) ? " " : group.Value);

        var segments = Separator().Split(text).Where(segment => Split(segment).Count > 0).ToList();
        var words = new List<string>();
        var lastWordCut = false;
        for (var index = 0; index < segments.Count; index++)
        {
            var partial = truncated && index == segments.Count - 1;
            var segmentWords = Split(WithoutOrganizationAfterAt(segments[index], organization, ref partial));
            var keepsOthers = words.Count > 0 || index < segments.Count - 1;
            if (keepsOthers && NamesOrganization(segmentWords, organization, partial))
            {
                partial = false;
                segmentWords.Clear();
            }

            words.AddRange(segmentWords);
            lastWordCut = partial;
        }

        words = words
            .SelectMany(word => Abbreviations.TryGetValue(word, out var full) ? full : [word])
            .Where(word => !StopWords.Contains(word) && !FillerWords.Contains(word))
            .ToList();
        DropOrganizationAround(words, organization, lastWordCut);
        return new OpeningTitle(title, words, lastWordCut && words.Count > 0);
    }

    /// <summary>"Georgia Innocence Project Staff Attorney" and "Staff Attorney GIP" are "Staff Attorney": the
    /// organisation's name or initials as the first or last words, with no separator.</summary>
    private static void DropOrganizationAround(List<string> words, OrganizationWords organization, bool lastWordCut)
    {
        foreach (var name in organization.Names)
        {
            if (words.Count <= name.Count)
            {
                continue;
            }

            if (words.Take(name.Count).SequenceEqual(name))
            {
                words.RemoveRange(0, name.Count);
                return;
            }

            if (!lastWordCut && words.Skip(words.Count - name.Count).SequenceEqual(name))
            {
                words.RemoveRange(words.Count - name.Count, name.Count);
                return;
            }
        }
    }

    /// <summary>"Staff Attorney at the Georgia Innocence Project" is "Staff Attorney".</summary>
    /// <param name="partial">The segment's last word was cut short; false once that word is cut off.</param>
    private static string WithoutOrganizationAfterAt(string segment, OrganizationWords organization, ref bool partial)
    {
        var at = AtWord().Matches(segment).LastOrDefault();
        if (at is null || Split(segment[..at.Index]).Count == 0
            || !NamesOrganization(Split(segment[(at.Index + at.Length)..]), organization, partial))
        {
            return segment;
        }

        partial = false;
        return segment[..at.Index];
    }

    /// <summary>The words hold every word of the organisation's name ("Office of the Ohio Public Defender"), or are all
    /// words of it ("Innocence Project" for "innocence-project-of-florida"), or are its initials ("GIP").</summary>
    /// <param name="lastIsPartial">The last word was cut short: it counts when it starts a word of the name.</param>
    private static bool NamesOrganization(List<string> words, OrganizationWords organization, bool lastIsPartial)
    {
        if (organization.Content.Count == 0 || words.All(StopWords.Contains))
        {
            return false;
        }

        if (organization.Content.All(words.Contains))
        {
            return true;
        }

        if (words.Count == 1 && words[0].Length >= 2 && organization.Initials.Contains(words[0]))
        {
            return true;
        }

        for (var index = 0; index < words.Count; index++)
        {
            var word = words[index];
            var known = lastIsPartial && index == words.Count - 1
                ? organization.All.Any(name => name.StartsWith(word, StringComparison.Ordinal))
                : StopWords.Contains(word) || organization.All.Contains(word);
            if (!known)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lower-case words without accents; a hyphen or apostrophe inside a word joins it ("Post-Graduate" is
    /// "postgraduate"), "&amp;" is "and", everything else separates.</summary>
    private static List<string> Split(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsLetterOrDigit(character))
            {
                word.Append(LatinLetterFolding.PlainLetter(character) ?? char.ToLowerInvariant(character));
                continue;
            }

            var joins = character is '-' or '\u2010' or '\'' or '\u2019'
                && word.Length > 0 && index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]);
            if (joins)
            {
                continue;
            }

            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }

            if (character == '&')
            {
                words.Add("and");
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>"…", "...", "[…]" at the end.</summary>
    [GeneratedRegex(@"\s*\[?\s*(?:…|\.{3,})\s*\]?\s*$")]
    private static partial Regex TruncationMark();

    /// <summary>"(190007WE)", "[Req #1234]", "Req. 190007WE", "Job ID: 42", "Ref 2020-17".</summary>
    [GeneratedRegex(
        @"[(\[][^()\[\]]*\d[^()\[\]]*[)\]]|\b(?:req(?:uisition)?|job\s+id|ref(?:erence)?)\b\.?\s*(?:no\.?|number|id)?\s*[#:]?\s*[a-z0-9-]*\d[a-z0-9-]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Requisition();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthesised();

    /// <summary>Where a title's parts meet: a dash (a hyphen only with spaces around it), a bar, a bullet, or a colon
    /// or comma before a space.</summary>
    [GeneratedRegex(@"\s*[–—]+\s*|\s+-+\s+|\s*[|·•]\s*|[:,]\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+at\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtWord();

    private sealed class OrganizationWords
    {
        public OrganizationWords(string organizationId)
        {
            All = organizationId.Split('-', StringSplitOptions.RemoveEmptyEntries).ToList();
            Content = All.Where(word => !StopWords.Contains(word)).ToList();
            Initials =
            [
                string.Concat(All.Select(word => word[0])),
                string.Concat(Content.Select(word => word[0])),
            ];
            Names = Content.Count == 0
                ? []
                :
                [
                    Content,
                    .. Initials.Where(initials => initials.Length >= 2).Select(initials => new List<string> { initials }),
                ];
        }

        /// <summary>The words of the slug, in order.</summary>
        public List<string> All { get; }

        /// <summary>The words of the slug that are not stop words.</summary>
        public List<string> Content { get; }

        public HashSet<string> Initials { get; }

        /// <summary>The name's words without stop words, then its initials, each as a run of title words.</summary>
        public List<List<string>> Names { get; }
    }
}
