using JobAggregator.Contracts;
using JobAggregator.Store.Reading;
using JobAggregator.Text;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests;

/// <summary>The derived values both stores match on, computed once.</summary>
public sealed class PostingSearchFieldsTests
{
    [Fact]
    public void Folds_the_matched_text_and_derives_pay_and_dates()
    {
        var posting = Posting("key-1") with
        {
            Organization = new NormalizedOrganization(" GIP ", "Georgia Innocence Project"),
            Location = new NormalizedLocation("Zürich, CH", "Zürich", null, "CH", false) { Hybrid = true },
            EmploymentType = "FULL_TIME",
            Salary = new NormalizedSalary(90000m, 110000m, "CHF", "YEAR", null) { AnnualMin = 90000m, AnnualMax = 110000m },
            DatePosted = new DateOnly(2030, 1, 1),
            Language = "DE",
        };

        Assert.Equal(
            new PostingSearchFields(
                "gip",
                "georgia innocence project",
                "zürich, ch\nzürich\nch",
                "full_time",
                "ch",
                "de",
                true,
                110000m,
                true,
                new DateOnly(2025, 3, 1)),
            PostingSearchFields.Of(posting, T0));
    }

    [Fact]
    public void Pay_without_a_top_uses_its_bottom()
    {
        var posting = Posting("key-1") with { Salary = new NormalizedSalary(50000m, null, "USD", "YEAR", null) { AnnualMin = 50000m } };

        Assert.Equal(50000m, PostingSearchFields.Of(posting, T0).AnnualPay);
    }

    [Theory]
    [InlineData('é', "e", 'e')]
    [InlineData('Ü', "u", 'u')]
    [InlineData('ø', "o", null)]
    [InlineData('ß', "ss", null)]
    [InlineData('æ', "ae", null)]
    [InlineData('ł', "l", null)]
    [InlineData('x', "x", null)]
    public void One_letter_table_folds_as_fts5_for_search_and_to_ascii_for_names(char letter, string ascii, char? plain)
    {
        Assert.Equal(plain, LatinLetterFolding.PlainLetter(letter));
        Assert.Equal(ascii, LatinLetterFolding.Ascii(char.ToLowerInvariant(letter)));
    }
}
