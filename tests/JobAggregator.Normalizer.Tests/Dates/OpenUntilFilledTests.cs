using JobAggregator.Normalizer.Dates;

namespace JobAggregator.Normalizer.Tests.Dates;

public sealed class OpenUntilFilledTests
{
    [Theory]
    [InlineData("Open until filled", true)]
    [InlineData("Until filled", true)]
    [InlineData("Open until the position is filled", true)]
    [InlineData("Rolling", true)]
    [InlineData("Rolling basis", true)]
    [InlineData("Ongoing", true)]
    [InlineData("Applications accepted on a rolling basis", true)]
    [InlineData("Priority deadline March 10, 2020; open until filled", true)]
    [InlineData("No closing date", true)]
    [InlineData("Hasta cubrir la vacante", true)]
    [InlineData("Abierta hasta cubrir el puesto", true)]
    [InlineData("Jusqu'à ce que le poste soit pourvu", true)]
    [InlineData("Candidatures au fil de l'eau", true)]
    [InlineData("Fino a copertura della posizione", true)]
    [InlineData("Tot de vacature is vervuld", true)]
    [InlineData("Doorlopend", true)]
    [InlineData("Bis zur Besetzung", true)]
    [InlineData("Mar 10, 2020", false)]
    [InlineData("Closing date: 10 March 2020", false)]
    [InlineData("Open to all applicants", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Recognises_a_closing_text_that_names_no_closing(string? text, bool expected)
    {
        Assert.Equal(expected, OpenUntilFilled.InValidThrough(text));
    }

    [Theory]
    [InlineData("Applications will be reviewed on a rolling basis until the position is filled.", true)]
    [InlineData("The position will remain open until filled. Send a CV and cover letter.", true)]
    [InlineData("Las solicitudes se reciben hasta cubrir el puesto.", true)]
    [InlineData("We are rolling out a new case database this year.", false)]
    [InlineData("Our ongoing work on wrongful convictions spans four states.", false)]
    [InlineData("Apply by March 10, 2020.", false)]
    public void Recognises_the_phrase_in_a_description_but_not_a_bare_word(string text, bool expected)
    {
        Assert.Equal(expected, OpenUntilFilled.InDescription(text));
    }

    [Fact]
    public void Reads_the_phrase_at_the_end_of_a_long_description()
    {
        var description = new string('x', 20_000) + " Applications are reviewed on a rolling basis.";

        Assert.True(OpenUntilFilled.InDescription(description));
    }
}
