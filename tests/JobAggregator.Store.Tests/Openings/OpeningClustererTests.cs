using JobAggregator.Store.Openings;
using JobAggregator.Store.Postings;
using static JobAggregator.Store.Tests.Openings.Candidates;

namespace JobAggregator.Store.Tests.Openings;

public sealed class OpeningClustererTests
{
    private const string Network = "innocence-network";

    [Fact]
    public void Takes_the_network_listing_and_the_members_own_ad_for_one_opening()
    {
        // Seed #2: the network's headline names the organisation; the member's careers page does not.
        var listing = Candidate("in-ops", Network, "Operations Coordinator – Georgia Innocence Project", descriptionLength: 900);
        var own = Candidate(
            "gip-ops", "georgia-innocence-project", "Operations Coordinator",
            firstSeen: Feb28.AddMinutes(2), fromOwnSource: true, descriptionLength: 1400, hasSalary: true);

        var opening = Assert.Single(OpeningClusterer.Cluster([listing, own]));

        Assert.Equal("o-in-ops", opening.ClusterId);
        Assert.Equal("gip-ops", opening.PrimaryPostingId);
        Assert.Equal(["gip-ops", "in-ops"], opening.PostingIds);
        Assert.Equal(
            "same organisation georgia-innocence-project; 'Operations Coordinator' (georgia-innocence-project) and "
            + "'Operations Coordinator – Georgia Innocence Project' (innocence-network): titles match (1.00), "
            + "seen 2020-02-28 to 2020-03-09 and 2020-02-28 to 2020-03-09",
            opening.MergeReason);
    }

    [Fact]
    public void Takes_the_state_portal_ad_and_the_network_copy_for_one_opening()
    {
        // Seed #6: the portal states the posting and unposting dates; the network's post only the closing date.
        var listing = Candidate(
            "in-apd2", Network,
            "Assistant Public Defender 2 – Wrongful Conviction Project – Office of the Ohio Public Defender",
            organizationId: "office-of-the-ohio-public-defender", validThrough: new DateOnly(2020, 3, 10),
            firstSeen: Feb28.AddDays(1));
        var own = Candidate(
            "ohio-190007WE", "ohio-public-defender", "Assistant Public Defender 2 – Wrongful Conviction Project",
            organizationId: "office-of-the-ohio-public-defender", datePosted: new DateOnly(2020, 2, 28),
            validThrough: new DateOnly(2020, 3, 10), fromOwnSource: true, hasSalary: true);

        var opening = Assert.Single(OpeningClusterer.Cluster([listing, own]));

        Assert.Equal("o-ohio-190007WE", opening.ClusterId);
        Assert.Equal("ohio-190007WE", opening.PrimaryPostingId);
        Assert.Equal(
            "same organisation office-of-the-ohio-public-defender; "
            + "'Assistant Public Defender 2 – Wrongful Conviction Project' (ohio-public-defender) and "
            + "'Assistant Public Defender 2 – Wrongful Conviction Project – Office of the Ohio Public Defender' "
            + "(innocence-network): titles match (1.00), posted 2020-02-28 and unstated, closing 2020-03-10 and "
            + "2020-03-10, seen 2020-02-28 to 2020-03-09 and 2020-02-29 to 2020-03-10",
            opening.MergeReason);
    }

    [Theory]
    [InlineData("Operations Coordinator – Georgia Innocence Project", "Operations Coordinator", "georgia-innocence-project")]
    [InlineData(
        "Assistant Public Defender 2 – Wrongful Conviction Project – Office of the Ohio Public Defender",
        "Assistant Public Defender 2 – Wrongful Conviction Project",
        "office-of-the-ohio-public-defender")]
    [InlineData(
        "Finance and Human Resources Manager – Innocence Project of Florida",
        "Finance and Human Resources Manager",
        "innocence-project-of-florida")]
    [InlineData(
        "Staff Attorney (Post-Conviction Litigation) – Innocence Project",
        "Staff Attorney (Post-Conviction Litigation)",
        "innocence-project")]
    [InlineData("Chief Communications Officer – Innocence Project", "Chief Communications Officer", "innocence-project")]
    [InlineData(
        "Post-Graduate Fellowship Program – Korey Wise Innocence Project at Colorado Law",
        "Post-Graduate Fellowship Program",
        "korey-wise-innocence-project-kwip-at-colorado-law")]
    public void Merges_each_seed_opening_into_one_with_the_members_page_shown(
        string networkTitle, string ownTitle, string organizationId)
    {
        var listing = Candidate("network", Network, networkTitle, organizationId, descriptionLength: 2000);
        var own = Candidate("own", organizationId, ownTitle, organizationId, fromOwnSource: true, descriptionLength: 800);

        var opening = Assert.Single(OpeningClusterer.Cluster([listing, own]));

        Assert.Equal("own", opening.PrimaryPostingId);
        Assert.Equal(["own", "network"], opening.PostingIds);
    }

    [Fact]
    public void Keeps_two_openings_with_alike_titles_at_one_organisation_apart()
    {
        var staff = Candidate("in-staff", Network, "Staff Attorney – New England Innocence Project", "new-england-innocence-project");
        var supervising = Candidate("neip-sup", "new-england-innocence-project", "Supervising Attorney", "new-england-innocence-project");

        var openings = OpeningClusterer.Cluster([staff, supervising]);

        Assert.Equal("o-in-staff in-staff [in-staff] \no-neip-sup neip-sup [neip-sup] ", Render(openings));
    }

    [Fact]
    public void Takes_the_same_title_posted_a_year_later_for_a_new_opening()
    {
        var lastYear = Candidate(
            "in-staff-2019", Network, "Staff Attorney – Georgia Innocence Project",
            firstSeen: Feb28.AddYears(-1), lastSeen: Feb28.AddYears(-1).AddDays(40));
        var thisYear = Candidate("gip-staff-2020", "georgia-innocence-project", "Staff Attorney", fromOwnSource: true);

        Assert.Equal(2, OpeningClusterer.Cluster([lastYear, thisYear]).Count);
    }

    [Theory]
    [InlineData(45, null, 0, true)]
    [InlineData(46, null, 0, false)]
    [InlineData(null, 14, 0, true)]
    [InlineData(null, 15, 0, false)]
    [InlineData(null, null, 60, true)]
    [InlineData(null, null, 61, false)]
    [InlineData(-46, null, 0, false)]
    public void Needs_dates_that_fit_one_opening(
        int? daysBetweenPostingDates, int? daysBetweenClosingDates, int daysBetweenSightings, bool together)
    {
        var posted = new DateOnly(2020, 2, 28);
        var closing = new DateOnly(2020, 3, 31);
        var first = Candidate(
            "a", Network, "Staff Attorney – Georgia Innocence Project",
            datePosted: daysBetweenPostingDates is null ? null : posted,
            validThrough: daysBetweenClosingDates is null ? null : closing,
            lastSeen: Feb28.AddDays(5));
        var second = Candidate(
            "b", "georgia-innocence-project", "Staff Attorney",
            datePosted: daysBetweenPostingDates is { } postedDays ? posted.AddDays(postedDays) : null,
            validThrough: daysBetweenClosingDates is { } closingDays ? closing.AddDays(closingDays) : null,
            firstSeen: Feb28.AddDays(5 + daysBetweenSightings));

        Assert.Equal(together ? 1 : 2, OpeningClusterer.Cluster([first, second]).Count);
    }

    [Fact]
    public void Never_merges_two_postings_of_one_source()
    {
        var first = Candidate("gip-1", "georgia-innocence-project", "Staff Attorney", fromOwnSource: true);
        var second = Candidate("gip-2", "georgia-innocence-project", "Staff Attorney", fromOwnSource: true);

        Assert.Equal(2, OpeningClusterer.Cluster([first, second]).Count);
    }

    [Fact]
    public void Joins_a_listing_copy_to_one_of_two_alike_postings_of_a_source_the_smallest_id_first()
    {
        var first = Candidate("gip-1", "georgia-innocence-project", "Staff Attorney", fromOwnSource: true);
        var second = Candidate("gip-2", "georgia-innocence-project", "Staff Attorney", fromOwnSource: true);
        var listing = Candidate("in-1", Network, "Staff Attorney – Georgia Innocence Project");

        var openings = OpeningClusterer.Cluster([listing, second, first]);

        Assert.Equal(
            "o-gip-1 gip-1 [gip-1,in-1] same organisation georgia-innocence-project; 'Staff Attorney' "
            + "(georgia-innocence-project) and 'Staff Attorney – Georgia Innocence Project' (innocence-network): titles "
            + "match (1.00), seen 2020-02-28 to 2020-03-09 and 2020-02-28 to 2020-03-09\no-gip-2 gip-2 [gip-2] ",
            Render(openings));
    }

    [Fact]
    public void Prefers_the_closer_title_when_two_postings_of_a_source_could_take_a_copy()
    {
        var general = Candidate(
            "gip-1", "georgia-innocence-project", "Senior Staff Attorney – Post-Conviction Unit Atlanta", fromOwnSource: true);
        var exact = Candidate("gip-2", "georgia-innocence-project", "Senior Staff Attorney – Post-Conviction Unit", fromOwnSource: true);
        var listing = Candidate("in-1", Network, "Senior Staff Attorney – Post-Conviction Unit – Georgia Innocence Project");

        var openings = OpeningClusterer.Cluster([general, exact, listing]);

        Assert.Contains(openings, opening => opening.PostingIds.SequenceEqual(["gip-2", "in-1"]));
        Assert.Contains(openings, opening => opening.PostingIds.SequenceEqual(["gip-1"]));
    }

    [Fact]
    public void Merges_a_truncated_listing_title_and_says_so()
    {
        var listing = Candidate("in-fhr", Network, "Finance and Human Resources…", "innocence-project-of-florida");
        var own = Candidate(
            "ipf-fhr", "innocence-project-of-florida", "Finance and Human Resources Manager", "innocence-project-of-florida",
            fromOwnSource: true);

        var opening = Assert.Single(OpeningClusterer.Cluster([listing, own]));

        Assert.Contains("the cut-short title is the start of the other (0.75)", opening.MergeReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_three_sources_for_one_opening_and_names_each_joined_pair()
    {
        var listing = Candidate("in-ops", Network, "Operations Coordinator – Georgia Innocence Project");
        var own = Candidate("gip-ops", "georgia-innocence-project", "Operations Coordinator", fromOwnSource: true, firstSeen: Feb28.AddHours(1));
        var board = Candidate("idealist-ops", "idealist", "Operations Coordinator (GIP)", firstSeen: Feb28.AddDays(2));

        var opening = Assert.Single(OpeningClusterer.Cluster([board, listing, own]));

        Assert.Equal("o-in-ops", opening.ClusterId);
        Assert.Equal(["gip-ops", "in-ops", "idealist-ops"], opening.PostingIds);
        Assert.Equal(
            "same organisation georgia-innocence-project; 'Operations Coordinator' (georgia-innocence-project) and "
            + "'Operations Coordinator (GIP)' (idealist): titles match (1.00), seen 2020-02-28 to 2020-03-09 and "
            + "2020-03-01 to 2020-03-11; 'Operations Coordinator' (georgia-innocence-project) and 'Operations "
            + "Coordinator – Georgia Innocence Project' (innocence-network): titles match (1.00), seen 2020-02-28 to "
            + "2020-03-09 and 2020-02-28 to 2020-03-09",
            opening.MergeReason);
    }

    [Fact]
    public void Joins_groups_only_when_every_member_is_the_same_opening_as_every_other()
    {
        // The member's ad states no date, so it fits both; the two others were posted 60 days apart.
        var early = Candidate("a-early", Network, "Staff Attorney – Georgia Innocence Project", datePosted: new DateOnly(2020, 1, 1));
        var own = Candidate("b-own", "georgia-innocence-project", "Staff Attorney", fromOwnSource: true);
        var late = Candidate("c-late", "idealist", "Staff Attorney", datePosted: new DateOnly(2020, 3, 1));

        var openings = OpeningClusterer.Cluster([early, own, late]);

        Assert.Equal(2, openings.Count);
        Assert.DoesNotContain(openings, opening => opening.PostingIds.Contains("a-early") && opening.PostingIds.Contains("c-late"));
        Assert.Contains(openings, opening => opening.PostingIds.SequenceEqual(["b-own", "a-early"]));
    }

    [Fact]
    public void Never_merges_postings_of_two_organisations()
    {
        var georgia = Candidate("in-1", Network, "Staff Attorney", "georgia-innocence-project");
        var florida = Candidate("ipf-1", "innocence-project-of-florida", "Staff Attorney", "innocence-project-of-florida");

        Assert.Equal(2, OpeningClusterer.Cluster([georgia, florida]).Count);
    }

    public static TheoryData<OpeningCandidate, OpeningCandidate, string> PrimaryCases => new()
    {
        // Open before closed, even over the member's own page.
        {
            Candidate("own", "gip", "Staff Attorney", fromOwnSource: true, status: PostingStatus.Closed),
            Candidate("net", Network, "Staff Attorney"),
            "net"
        },
        // The member's own page before a listing, even with a shorter ad.
        {
            Candidate("own", "gip", "Staff Attorney", fromOwnSource: true, descriptionLength: 200),
            Candidate("net", Network, "Staff Attorney", descriptionLength: 2000),
            "own"
        },
        // Then the fuller ad: longer description, then pay stated, then place stated.
        {
            Candidate("a", "board-a", "Staff Attorney", descriptionLength: 200),
            Candidate("b", "board-b", "Staff Attorney", descriptionLength: 201),
            "b"
        },
        {
            Candidate("a", "board-a", "Staff Attorney"),
            Candidate("b", "board-b", "Staff Attorney", hasSalary: true, hasLocation: false),
            "b"
        },
        {
            Candidate("a", "board-a", "Staff Attorney", hasLocation: false),
            Candidate("b", "board-b", "Staff Attorney"),
            "b"
        },
        // Then the one seen first, then the smaller id.
        {
            Candidate("a", "board-a", "Staff Attorney", firstSeen: Feb28.AddHours(1)),
            Candidate("b", "board-b", "Staff Attorney"),
            "b"
        },
        {
            Candidate("b", "board-a", "Staff Attorney"),
            Candidate("a", "board-b", "Staff Attorney"),
            "a"
        },
    };

    [Theory]
    [MemberData(nameof(PrimaryCases))]
    public void Shows_the_best_posting_of_an_opening(OpeningCandidate first, OpeningCandidate second, string primary)
    {
        var forward = Assert.Single(OpeningClusterer.Cluster([first, second]));
        var backward = Assert.Single(OpeningClusterer.Cluster([second, first]));

        Assert.Equal(primary, forward.PrimaryPostingId);
        Assert.Equal(primary, forward.PostingIds[0]);
        Assert.Equal(forward.PostingIds, backward.PostingIds);
    }

    [Fact]
    public void Keeps_the_opening_id_as_copies_join()
    {
        var listing = Candidate("in-ops", Network, "Operations Coordinator – Georgia Innocence Project");
        var own = Candidate("gip-ops", "georgia-innocence-project", "Operations Coordinator", fromOwnSource: true, firstSeen: Feb28.AddDays(1));
        var board = Candidate("aaa-ops", "idealist", "Operations Coordinator", firstSeen: Feb28.AddDays(2));

        var alone = Assert.Single(OpeningClusterer.Cluster([listing]));
        var two = Assert.Single(OpeningClusterer.Cluster([listing, own]));
        var three = Assert.Single(OpeningClusterer.Cluster([listing, own, board]));

        Assert.Equal("o-in-ops", alone.ClusterId);
        Assert.Null(alone.MergeReason);
        Assert.Equal("o-in-ops", two.ClusterId);
        Assert.Equal("gip-ops", two.PrimaryPostingId);
        Assert.Equal("o-in-ops", three.ClusterId);
    }

    [Fact]
    public void Refuses_a_posting_given_twice()
    {
        var posting = Candidate("in-1", Network, "Staff Attorney");

        Assert.Throws<ArgumentException>(() => OpeningClusterer.Cluster([posting, posting with { Title = "Paralegal" }]));
    }

    [Fact]
    public void Gives_nothing_for_no_postings()
    {
        Assert.Empty(OpeningClusterer.Cluster([]));
    }
}
