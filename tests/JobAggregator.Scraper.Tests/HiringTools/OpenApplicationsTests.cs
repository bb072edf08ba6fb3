using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>A board's standing entry for applicants with no opening to apply to is no opening.</summary>
public sealed class OpenApplicationsTests
{
    [Theory]
    [InlineData("Open sollicitatie")]
    [InlineData("General Application")]
    [InlineData("General application – all offices")]
    [InlineData("Join our Talent Pool")]
    [InlineData("Candidature spontanée")]
    [InlineData("Candidatura espontánea (Madrid)")]
    [InlineData("Candidatura spontanea")]
    [InlineData("Initiativbewerbung")]
    [InlineData("Spontanansökan")]
    [InlineData("Banco de talentos")]
    [InlineData("Aplikacja spontaniczna")]
    public void A_standing_entry_for_applicants_is_no_opening(string title) => Assert.True(OpenApplications.IsTitle(title));

    [Theory]
    [InlineData("Open Application Developer")]
    [InlineData("Talent Acquisition Manager")]
    [InlineData("Staff Attorney – General Practice")]
    [InlineData("Stagiair juridische dienstverlening")]
    [InlineData("Chargé·e de candidatures et de recrutement")]
    public void A_role_whose_title_only_shares_words_with_it_is_an_opening(string title) => Assert.False(OpenApplications.IsTitle(title));
}
