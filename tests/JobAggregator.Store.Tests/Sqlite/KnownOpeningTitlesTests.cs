using JobAggregator.Store.Openings;
using JobAggregator.Store.Sqlite;

namespace JobAggregator.Store.Tests.Sqlite;

public sealed class KnownOpeningTitlesTests
{
    [Fact]
    public void A_title_read_again_is_the_one_read_before()
    {
        var first = KnownOpeningTitles.Read("Sr. Staff Atty II – Example Project", "example-project");

        Assert.Same(first, KnownOpeningTitles.Read("Sr. Staff Atty II – Example Project", "example-project"));
        Assert.Equal(OpeningTitle.Read("Sr. Staff Atty II – Example Project", "example-project").Words, first.Words);
    }

    [Fact]
    public void The_same_title_of_another_organisation_is_read_for_it()
    {
        var own = KnownOpeningTitles.Read("Staff Attorney – Example Project", "example-project");
        var other = KnownOpeningTitles.Read("Staff Attorney – Example Project", "other-project");

        Assert.Equal(OpeningTitle.Read("Staff Attorney – Example Project", "example-project").Words, own.Words);
        Assert.Equal(OpeningTitle.Read("Staff Attorney – Example Project", "other-project").Words, other.Words);
        Assert.NotEqual(own.Words, other.Words);
    }

    [Fact]
    public void More_titles_than_it_keeps_are_still_read_right()
    {
        for (var i = 0; i <= KnownOpeningTitles.Capacity; i++)
        {
            KnownOpeningTitles.Read($"Paralegal {i}", "example-project");
        }

        Assert.Equal(OpeningTitle.Read("Senior Paralegal", "example-project").Words, KnownOpeningTitles.Read("Senior Paralegal", "example-project").Words);
    }
}
