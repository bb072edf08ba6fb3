using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class JobTitlesTests
{
    [Theory]
    [InlineData("法律事務スタッフ募集", "法律事務スタッフ")]
    [InlineData("法律事務スタッフの募集", "法律事務スタッフ")]
    [InlineData("急募：事務員", "事務員")]
    [InlineData("诚聘项目专员", "项目专员")]
    [InlineData("募集", "募集")]
    [InlineData("Staff Attorney", "Staff Attorney")]
    public void Leaves_a_wanted_word_out_of_a_Japanese_or_Chinese_title(string title, string expected) =>
        Assert.Equal(expected, JobTitles.WithoutHiringWord(title));

    [Theory]
    [InlineData("Full job description (PDF)")]
    [InlineData("Job description (PDF, 240 KB)")]
    [InlineData("Stellenausschreibung (PDF, 95 KB)")]
    [InlineData("Ausschreibung")]
    [InlineData("Scarica l’avviso (PDF)")]
    [InlineData("Avviso di selezione")]
    [InlineData("Scarica il bando")]
    [InlineData("Read the full job description")]
    [InlineData("Lees de volledige vacaturetekst")]
    public void A_link_to_the_job_description_as_a_PDF_is_a_read_more_link(string text) =>
        Assert.True(JobTitles.IsReadMore(text));

    [Theory]
    [InlineData("Verwaltungsangestellte*r (m/w/d)")]
    [InlineData("Angestellter in der Buchhaltung")]
    [InlineData("Bankangestellte")]
    public void A_German_employees_word_is_a_role_word(string title) =>
        Assert.True(JobTitles.HasRoleWord(title));
}
