using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class KeyWordsTests
{
    private static readonly IReadOnlyList<string> HeadlineWords = PatternWords.Of(JobTitles.HeadlineWords);

    private static readonly IReadOnlyList<string> CategoryWords = [.. PatternWords.Of(JobTitles.CategoryWords), "volunteer", "intern", "get involved"];

    /// <summary>Each word in the contexts that could tell a word apart from a run of letters or case, and with the
    /// letters beyond ASCII the engine relates to ASCII ones.</summary>
    private static IEnumerable<string> Texts(IEnumerable<string> words) =>
        words.SelectMany(word =>
        {
            var title = char.ToUpperInvariant(word[0]) + word[1..];
            return new[]
            {
                word, word.ToUpperInvariant(), title, $"Paralegal {title} at dinner", $"Summer {word}", $"Legal Fellowship {title}!",
                $"- {word} -", "x" + word, word + "x", word + "s", word + "-Team", word + "é", "é" + word, word + "_", word + "1",
                word.Replace(" ", "  "), word.Replace('k', '\u212A'), word.Replace('s', '\u017F'), word.Replace('i', '\u0130'),
                "Ωmega " + word + " Ω", "get  " + word,
            };
        });

    [Fact]
    public void A_text_the_headline_pattern_matches_holds_a_headline_key_word()
    {
        var missed = Texts(HeadlineWords).Where(t => JobTitles.Headline().IsMatch(t) && !JobTitles.HeadlineFirstWords.MayHold(t)).ToList();

        Assert.Empty(missed);
    }

    [Fact]
    public void A_text_the_category_pattern_matches_ends_in_a_category_key_word()
    {
        var missed = Texts(CategoryWords).Where(t => JobTitles.Category().IsMatch(t) && !JobTitles.CategoryLastWords.MayEndWith(t)).ToList();

        Assert.Empty(missed);
    }

    [Theory]
    [InlineData("Staff Attorney", false)]
    [InlineData("Paralegal volunteers honored at annual dinner", true)]
    [InlineData("Life of an investigator", true)]
    [InlineData("Lifeguard", false)]
    [InlineData("Chargée de mission", true)]
    public void Only_a_text_holding_a_headline_word_or_a_word_beyond_ascii_may_hold_one(string text, bool expected)
    {
        Assert.Equal(expected, JobTitles.HeadlineFirstWords.MayHold(text));
    }

    [Theory]
    [InlineData("Summer Internships", true)]
    [InlineData("Get involved!", true)]
    [InlineData("Internships coordinator", false)]
    [InlineData("Jobs 2024", true)]
    [InlineData("Staff Attorney", false)]
    [InlineData("Pasantías", true)]
    public void Only_a_text_whose_last_word_is_a_category_word_or_beyond_ascii_may_end_in_one(string text, bool expected)
    {
        Assert.Equal(expected, JobTitles.CategoryLastWords.MayEndWith(text));
    }
}
