using System.Text.RegularExpressions;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class RoleWordsTests
{
    private static readonly IReadOnlyList<string> Words =
        [.. PatternWords.Of(JobTitles.EducatorWords + "|" + JobTitles.WholeRoleWords), .. PatternWords.Of(JobTitles.RoleWordEndings)];

    /// <summary>Every spelled-out word in the contexts that could tell a word apart from a run of letters or case.
    /// </summary>
    private static IEnumerable<string> Texts() =>
        Words.SelectMany(word =>
        {
            var title = char.ToUpperInvariant(word[0]) + word[1..];
            return new[]
            {
                word, word.ToUpperInvariant(), title, $"Senior {title} (m/w/d)", "x" + word, word + "x", "Projekt" + word,
                word + "s", word + "-Team", word + "é", "é" + word, word.Replace(' ', '\u00A0'), word.Replace(" ", "  "),
                word.Replace('k', '\u212A'), word.Replace('s', '\u017F'), word.Replace('i', '\u0130'), "Ωmega " + word + " Ω",
            };
        });

    [Fact]
    public void The_role_words_read_word_by_word_are_the_ones_the_pattern_finds()
    {
        var differ = Texts().Where(t => JobTitles.RoleWord().IsMatch(t) != JobTitles.HasLatinRoleWord(t)).ToList();

        Assert.Empty(differ);
    }

    [Theory]
    [InlineData("Head of Programmes", true)]
    [InlineData("Head  of Programmes", false)]
    [InlineData("Programme Leads", true)]
    [InlineData("Travailleuse sociale", true)]
    [InlineData("Beleidsmedewerker", true)]
    [InlineData("Syndikusjurist*in", true)]
    [InlineData("Jeugdhulpverlener", true)]
    [InlineData("Sociaal raadsvrouw", true)]
    [InlineData("PROJEKTMITARBEITERIN", true)]
    [InlineData("Bildungsreferent*in", true)]
    [InlineData("Pflegekraft (m/w/d)", true)]
    [InlineData("Unsere Referenzen", false)]
    [InlineData("Head office", false)]
    [InlineData("Our programmes", false)]
    public void A_role_word_is_a_word_a_word_ending_or_a_pair_of_words(string text, bool expected)
    {
        Assert.Equal(expected, JobTitles.HasLatinRoleWord(text));
    }

    [Fact]
    public void Every_letter_the_pattern_relates_to_a_role_word_letter_is_left_to_the_pattern()
    {
        var letters = string.Concat(Words.SelectMany(w => w).Where(char.IsLetter).Distinct());
        var related = new Regex("[" + letters + "]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        for (var c = '\u0100'; c < '\uFFFF'; c++)
        {
            if (related.IsMatch(c.ToString()))
            {
                Assert.True(char.ToLowerInvariant(c) <= '\u00FF' || char.ToUpperInvariant(c) <= '\u00FF', $"U+{(int)c:X4}");
            }
        }
    }

    [Fact]
    public void A_word_pattern_spells_out_its_sets_groups_and_optional_parts()
    {
        Assert.Equal(["abogado", "abogados", "abogada", "abogadas", "head of", "chargé·e", "charge·e"],
            PatternWords.Of("""abogad[oa]s?|head\ of|charg[ée]·e"""));
    }

    [Theory]
    [InlineData("managers+")]
    [InlineData("[a-z]ing")]
    [InlineData("(?<x>lead)")]
    [InlineData("lead.")]
    public void A_word_pattern_with_other_syntax_is_refused(string pattern)
    {
        Assert.Throws<FormatException>(() => PatternWords.Of(pattern));
    }
}
