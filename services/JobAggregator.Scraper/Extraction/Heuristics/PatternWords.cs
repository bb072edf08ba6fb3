using System.Text;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Every text an alternation of words spells out, written as for <c>RegexOptions.IgnorePatternWhitespace</c>:
/// literal characters, <c>\ </c> for a space, <c>[...]</c> sets of characters, <c>(?:...|...)</c> groups and <c>?</c>
/// after any of them. Lets a word list stay one pattern that both a regular expression and a lookup read.</summary>
internal static class PatternWords
{
    /// <summary>The texts, in lower case; throws on any other syntax, which the subset cannot spell out.</summary>
    public static IReadOnlyList<string> Of(string pattern)
    {
        var tokens = Tokens(pattern);
        var position = 0;
        var words = Alternatives(tokens, ref position);
        if (position != tokens.Count)
        {
            throw new FormatException($"Unbalanced ')' in the word pattern at token {position}.");
        }

        return words.Select(w => w.ToLowerInvariant()).Distinct().ToList();
    }

    /// <summary>The last word of each text (<see cref="Of"/>), once each: what a text must end with, or hold, to match a
    /// pattern whose every text must be found whole.</summary>
    public static IEnumerable<string> LastWordsOf(string pattern) => Of(pattern).Select(w => w[(w.LastIndexOf(' ') + 1)..]).Distinct();

    /// <summary>The pattern's characters without unescaped whitespace; an escaped character is one token.</summary>
    private static List<string> Tokens(string pattern)
    {
        var tokens = new List<string>();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                tokens.Add(pattern.Substring(i, 2));
                i++;
            }
            else if (!char.IsWhiteSpace(pattern[i]))
            {
                tokens.Add(pattern[i].ToString());
            }
        }

        return tokens;
    }

    private static List<string> Alternatives(List<string> tokens, ref int position)
    {
        var words = new List<string>();
        var sequence = new List<string> { "" };
        while (position < tokens.Count && tokens[position] != ")")
        {
            if (tokens[position] == "|")
            {
                words.AddRange(sequence);
                sequence = [""];
                position++;
                continue;
            }

            var item = Item(tokens, ref position);
            if (position < tokens.Count && tokens[position] == "?")
            {
                item = ["", .. item];
                position++;
            }

            sequence = sequence.SelectMany(start => item.Select(end => start + end)).ToList();
        }

        words.AddRange(sequence);
        return words;
    }

    private static List<string> Item(List<string> tokens, ref int position)
    {
        var token = tokens[position++];
        switch (token)
        {
            case "(":
                if (position + 1 >= tokens.Count || tokens[position] != "?" || tokens[position + 1] != ":")
                {
                    throw new FormatException("Only (?:...) groups are spelled out.");
                }

                position += 2;
                var group = Alternatives(tokens, ref position);
                if (position >= tokens.Count)
                {
                    throw new FormatException("Unclosed group in the word pattern.");
                }

                position++;
                return group;
            case "[":
                var set = new StringBuilder();
                while (position < tokens.Count && tokens[position] != "]")
                {
                    var member = tokens[position++];
                    set.Append(member == "-" || char.IsLetterOrDigit(member[^1]) && member.Length == 2
                        ? throw new FormatException("Ranges and classes in a set are not spelled out.")
                        : member[^1]);
                }

                position++;
                return set.ToString().Select(c => c.ToString()).ToList();
            default:
                return [Literal(token)];
        }
    }

    private static string Literal(string token) =>
        token.Length == 2 && token[0] == '\\' && !char.IsLetterOrDigit(token[1]) ? token[1..]
        : token.Length == 1 && !"*+{}^$.|()?\\[]".Contains(token[0]) ? token
        : throw new FormatException($"'{token}' is not spelled out by the word pattern subset.");
}
