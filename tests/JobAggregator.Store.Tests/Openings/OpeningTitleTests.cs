using JobAggregator.Store.Openings;

namespace JobAggregator.Store.Tests.Openings;

public sealed class OpeningTitleTests
{
    [Theory]
    // The network's "Title – Organization" headline against the member's own ad (seed #2, #6, #7, #9, #1).
    [InlineData("Operations Coordinator – Georgia Innocence Project", "Operations Coordinator", "georgia-innocence-project", 1.0)]
    [InlineData(
        "Assistant Public Defender 2 – Wrongful Conviction Project – Office of the Ohio Public Defender",
        "Assistant Public Defender 2 – Wrongful Conviction Project",
        "office-of-the-ohio-public-defender",
        1.0)]
    [InlineData(
        "Finance and Human Resources Manager – Innocence Project of Florida",
        "Finance and Human Resources Manager",
        "innocence-project-of-florida",
        1.0)]
    [InlineData("Latino Initiative Attorney – Illinois Innocence Project", "Latino Initiative Attorney", "illinois-innocence-project", 1.0)]
    [InlineData(
        "Post-Graduate Fellowship Program – Korey Wise Innocence Project at Colorado Law",
        "Post-Graduate Fellowship Program",
        "korey-wise-innocence-project",
        1.0)]
    [InlineData(
        "Post-Graduate Fellowship Program – Korey Wise Innocence Project at Colorado Law",
        "Postgraduate Fellowship Program",
        "korey-wise-innocence-project-kwip-at-colorado-law",
        1.0)]
    [InlineData(
        "Staff Attorney (Post-Conviction Litigation) – Innocence Project",
        "Staff Attorney (Post-Conviction Litigation)",
        "innocence-project",
        1.0)]
    // The organisation named other ways: before the title, by initials, after a comma or a bar, in parentheses.
    [InlineData("GIP – Operations Coordinator", "Operations Coordinator", "georgia-innocence-project", 1.0)]
    [InlineData("Georgia Innocence Project: Operations Coordinator", "Operations Coordinator", "georgia-innocence-project", 1.0)]
    [InlineData("Staff Attorney, Innocence Project", "Staff Attorney", "innocence-project", 1.0)]
    [InlineData("Staff Attorney | Innocence Project of Florida", "Staff Attorney", "innocence-project-of-florida", 1.0)]
    [InlineData("Staff Attorney (Innocence Project)", "Staff Attorney", "innocence-project-of-florida", 1.0)]
    [InlineData("Staff Attorney at the Georgia Innocence Project", "Staff Attorney", "georgia-innocence-project", 1.0)]
    [InlineData("Georgia Innocence Project Staff Attorney", "Staff Attorney", "georgia-innocence-project", 1.0)]
    [InlineData("Staff Attorney GIP", "Staff Attorney", "georgia-innocence-project", 1.0)]
    [InlineData("Staff Attorney – Georgia Innocence Project – Atlanta", "Staff Attorney, Atlanta", "georgia-innocence-project", 1.0)]
    // Abbreviations, requisition numbers, accents, case and word order.
    [InlineData("Sr. Staff Atty", "Senior Staff Attorney", "georgia-innocence-project", 1.0)]
    [InlineData("Finance & HR Manager", "Finance and Human Resources Manager", "innocence-project-of-florida", 1.0)]
    [InlineData(
        "Assistant Public Defender II (190007WE)",
        "ASSISTANT PUBLIC DEFENDER 2",
        "office-of-the-ohio-public-defender",
        1.0)]
    [InlineData("Paralegal – Job ID: 4471", "Paralegal", "georgia-innocence-project", 1.0)]
    [InlineData("Req. 2020-17 Investigator", "Investigator", "georgia-innocence-project", 1.0)]
    [InlineData("Coordinación Jurídica", "Coordinacion juridica", "innocence-project-argentina", 1.0)]
    [InlineData("Litigation Director", "Director of Litigation", "washington-innocence-project", 1.0)]
    [InlineData("Operations Coordinator Position", "Operations Coordinator", "georgia-innocence-project", 1.0)]
    // One word more in a title of seven: 7/8.
    [InlineData(
        "Assistant Public Defender 2 – Wrongful Conviction Project",
        "Assistant Public Defender 2 – Wrongful Conviction Project (Columbus)",
        "office-of-the-ohio-public-defender",
        7.0 / 8)]
    // A title cut short, as a listing excerpt cuts it: its words are the start of the other's.
    [InlineData(
        "Assistant Public Defender 2 – Wrongful Conv…",
        "Assistant Public Defender 2 – Wrongful Conviction Project",
        "office-of-the-ohio-public-defender",
        6.0 / 7)]
    [InlineData(
        "Finance and Human Resources...",
        "Finance and Human Resources Manager – Innocence Project of Florida",
        "innocence-project-of-florida",
        3.0 / 4)]
    // Cut short inside the organisation's name, which then goes as a whole.
    [InlineData(
        "Assistant Public Defender 2 – Wrongful Conviction Project – Office of the Ohio Pub…",
        "Assistant Public Defender 2 – Wrongful Conviction Project",
        "office-of-the-ohio-public-defender",
        1.0)]
    public void Takes_titles_for_the_same_job(string first, string second, string organizationId, double score)
    {
        var forward = Compare(first, second, organizationId);
        var backward = Compare(second, first, organizationId);

        Assert.NotNull(forward);
        Assert.Equal(score, forward.Value.Score, 6);
        Assert.Equal(forward, backward);
    }

    [Theory]
    [InlineData("Staff Attorney", "Supervising Attorney", "new-england-innocence-project")]
    [InlineData("Staff Attorney", "Senior Staff Attorney", "georgia-innocence-project")]
    [InlineData("Paralegal", "Paralegal II", "georgia-innocence-project")]
    [InlineData("Assistant Public Defender 2", "Senior Assistant Public Defender 2", "office-of-the-ohio-public-defender")]
    [InlineData(
        "Assistant Public Defender 2 – Wrongful Conviction Project",
        "Assistant Public Defender 3 – Wrongful Conviction Project",
        "office-of-the-ohio-public-defender")]
    [InlineData("Staff Attorney (Post-Conviction Litigation)", "Staff Attorney", "innocence-project")]
    [InlineData("Operations Coordinator – Georgia Innocence Project", "Operations Director", "georgia-innocence-project")]
    [InlineData("Chief Communications Officer", "Communications Officer", "innocence-project")]
    // Cut short too early to tell, or not the start of the other.
    [InlineData("Staff…", "Staff Attorney", "georgia-innocence-project")]
    [InlineData("Staff Attorney – Immigr…", "Staff Attorney – Housing", "georgia-innocence-project")]
    [InlineData("Supervising Attorney…", "Staff Attorney", "georgia-innocence-project")]
    // A title that is only the organisation's name, or nothing at all.
    [InlineData("Georgia Innocence Project", "Staff Attorney – Georgia Innocence Project", "georgia-innocence-project")]
    [InlineData("…", "Staff Attorney", "georgia-innocence-project")]
    public void Tells_different_jobs_apart(string first, string second, string organizationId)
    {
        Assert.Null(Compare(first, second, organizationId));
        Assert.Null(Compare(second, first, organizationId));
    }

    [Theory]
    [InlineData("Operations Coordinator – Georgia Innocence Project", "georgia-innocence-project", "operations coordinator", false)]
    [InlineData("Sr. Staff Atty (Req #1234)", "georgia-innocence-project", "senior staff attorney", false)]
    [InlineData("Post-Graduate Fellowship Program", "korey-wise-innocence-project", "postgraduate fellowship program", false)]
    [InlineData("Staff Attorney – Georgia Innocence Proj…", "georgia-innocence-project", "staff attorney", false)]
    [InlineData("Staff Attorney – Immigra…", "georgia-innocence-project", "staff attorney immigra", true)]
    [InlineData("Staff Attorney at Georgia Innoc…", "georgia-innocence-project", "staff attorney", false)]
    [InlineData("Investigator at Large", "georgia-innocence-project", "investigator large", false)]
    [InlineData("Georgia Innocence Project", "georgia-innocence-project", "georgia innocence project", false)]
    [InlineData("Innocence Project of Florida Paralegal", "innocence-project-of-florida", "paralegal", false)]
    [InlineData("Paralegal, Innocence Project", "innocence-project-of-florida", "paralegal", false)]
    public void Reads_the_words_that_name_the_job(string title, string organizationId, string words, bool truncated)
    {
        var read = OpeningTitle.Read(title, organizationId);

        Assert.Equal(words, string.Join(' ', read.Words));
        Assert.Equal(truncated, read.Truncated);
        Assert.Equal(title, read.Text);
    }

    private static TitleSimilarity? Compare(string first, string second, string organizationId) =>
        TitleSimilarity.Of(OpeningTitle.Read(first, organizationId), OpeningTitle.Read(second, organizationId));
}
