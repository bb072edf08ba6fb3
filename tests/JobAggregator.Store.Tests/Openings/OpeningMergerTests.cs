using JobAggregator.Contracts;
using JobAggregator.Store.Openings;

namespace JobAggregator.Store.Tests.Openings;

public sealed class OpeningMergerTests
{
    private static readonly DateTimeOffset Feb28 = new(2020, 2, 28, 9, 0, 0, TimeSpan.Zero);

    private const string Reason = "same organisation office-of-the-ohio-public-defender; ...";

    [Fact]
    public void Fills_what_the_members_page_lacks_from_the_network_copy()
    {
        // Seed #6: the portal's ad is the primary; the network's copy holds what the portal left out here.
        var own = Posting("ohio-190007WE", "ohio-public-defender", "Assistant Public Defender 2 – Wrongful Conviction Project") with
        {
            Location = new NormalizedLocation("United States of America-OHIO-Franklin County", null, "OH", "US", false),
            DatePosted = new DateOnly(2020, 2, 28),
            DescriptionText = new string('x', 900),
            DescriptionHtml = "<p>portal</p>",
            Categories = [PostingCategories.Attorney],
            FirstSeen = Feb28.AddHours(1),
        };
        var listing = Posting(
            "in-apd2", "innocence-network",
            "Assistant Public Defender 2 – Wrongful Conviction Project – Office of the Ohio Public Defender") with
        {
            Location = new NormalizedLocation("Columbus, Ohio", "Columbus", "OH", "US", false),
            EmploymentType = "FULL_TIME",
            Salary = new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", "$17.89 – $50.98 per hour"),
            DatePosted = new DateOnly(2020, 3, 1),
            ValidThrough = new DateOnly(2020, 3, 10),
            DescriptionText = new string('y', 400),
            DescriptionHtml = "<p>network</p>",
            ApplyUrl = "https://ohio.example.test/apply/190007WE",
            Language = "en",
            Categories = [PostingCategories.Attorney, PostingCategories.Fellowship],
            Status = PostingStatus.Closed,
        };

        var merged = OpeningMerger.Merge([own, listing], Reason);

        Assert.Equal("ohio-190007WE", merged.Id);
        Assert.Equal("ohio-public-defender", merged.SourceId);
        Assert.Equal("Assistant Public Defender 2 – Wrongful Conviction Project", merged.Title);
        Assert.Equal("https://ohio-public-defender.example.test/ohio-190007WE/", merged.Url);
        Assert.Equal(PostingStatus.Open, merged.Status);
        Assert.Equal(
            new NormalizedLocation("United States of America-OHIO-Franklin County", "Columbus", "OH", "US", false),
            merged.Location);
        Assert.Equal("FULL_TIME", merged.EmploymentType);
        Assert.Equal(listing.Salary, merged.Salary);
        Assert.Equal(new DateOnly(2020, 2, 28), merged.DatePosted);
        Assert.Equal(new DateOnly(2020, 3, 10), merged.ValidThrough);
        Assert.Equal(own.DescriptionText, merged.DescriptionText);
        Assert.Equal("<p>portal</p>", merged.DescriptionHtml);
        Assert.Equal("https://ohio.example.test/apply/190007WE", merged.ApplyUrl);
        Assert.Equal("en", merged.Language);
        Assert.Equal([PostingCategories.Attorney, PostingCategories.Fellowship], merged.Categories);
        Assert.Equal("o-in-apd2", merged.ClusterId);
        Assert.Equal(Reason, merged.MergeReason);
        Assert.Equal(
            [new SeenElsewhere("in-apd2", "innocence-network", "https://innocence-network.example.test/in-apd2/", PostingStatus.Closed)],
            merged.AlsoSeenAt);
    }

    [Fact]
    public void Keeps_the_longest_description_with_its_html()
    {
        var own = Posting("gip-ops", "georgia-innocence-project", "Operations Coordinator") with
        {
            DescriptionText = "Short summary.",
            DescriptionHtml = "<p>Short summary.</p>",
        };
        var listing = Posting("in-ops", "innocence-network", "Operations Coordinator – Georgia Innocence Project") with
        {
            DescriptionText = "The full ad, with duties, qualifications and how to apply.",
            DescriptionHtml = "<p>The full ad, with duties, qualifications and how to apply.</p>",
        };

        var merged = OpeningMerger.Merge([own, listing], Reason);

        Assert.Equal(listing.DescriptionText, merged.DescriptionText);
        Assert.Equal(listing.DescriptionHtml, merged.DescriptionHtml);
        Assert.Equal(own.Url, merged.Url);
    }

    [Fact]
    public void Keeps_what_the_primary_states()
    {
        var own = Posting("gip-ops", "georgia-innocence-project", "Operations Coordinator") with
        {
            EmploymentType = "FULL_TIME",
            Salary = new NormalizedSalary(36000m, null, "USD", "YEAR", "$36,000+"),
            DatePosted = new DateOnly(2020, 2, 28),
            ValidThrough = new DateOnly(2020, 3, 31),
            Language = "en",
        };
        var listing = Posting("in-ops", "innocence-network", "Operations Coordinator – Georgia Innocence Project") with
        {
            EmploymentType = "PART_TIME",
            Salary = new NormalizedSalary(30000m, 40000m, "USD", "YEAR", "$30,000 - $40,000"),
            DatePosted = new DateOnly(2020, 3, 2),
            DatePostedSuspect = true,
            ValidThrough = new DateOnly(2020, 4, 2),
            Language = "es",
        };

        var merged = OpeningMerger.Merge([own, listing], Reason);

        Assert.Equal("FULL_TIME", merged.EmploymentType);
        Assert.Equal(own.Salary, merged.Salary);
        Assert.Equal(new DateOnly(2020, 2, 28), merged.DatePosted);
        Assert.False(merged.DatePostedSuspect);
        Assert.Equal(new DateOnly(2020, 3, 31), merged.ValidThrough);
        Assert.Equal("en", merged.Language);
    }

    [Fact]
    public void Takes_pay_with_figures_over_pay_in_words()
    {
        var own = Posting("gip-ops", "georgia-innocence-project", "Operations Coordinator") with
        {
            Salary = new NormalizedSalary(null, null, null, null, "Competitive"),
        };
        var listing = Posting("in-ops", "innocence-network", "Operations Coordinator") with
        {
            Salary = new NormalizedSalary(36000m, null, "USD", "YEAR", "$36,000+ per year"),
        };

        Assert.Equal(listing.Salary, OpeningMerger.Merge([own, listing], Reason).Salary);
        Assert.Equal(own.Salary, OpeningMerger.Merge([own, Posting("x", "y", "z")], Reason).Salary);
    }

    [Fact]
    public void Takes_a_whole_location_when_the_primary_names_no_place()
    {
        var own = Posting("ipf-fhr", "innocence-project-of-florida", "Finance and Human Resources Manager") with
        {
            Location = new NormalizedLocation(null, null, null, null, false),
        };
        var listing = Posting("in-fhr", "innocence-network", "Finance and Human Resources Manager") with
        {
            Location = new NormalizedLocation("Tallahassee, Florida", "Tallahassee", "FL", "US", false) { Hybrid = true },
        };

        Assert.Equal(listing.Location, OpeningMerger.Merge([own, listing], Reason).Location);
    }

    [Fact]
    public void Never_puts_a_city_in_another_country()
    {
        var own = Posting("ip-nz", "innocence-project-nz", "Staff Attorney") with
        {
            Location = new NormalizedLocation("New Zealand", null, null, "NZ", false),
        };
        var wrong = Posting("board", "board", "Staff Attorney") with
        {
            Location = new NormalizedLocation("Wellington, FL", "Wellington", "FL", "US", false),
        };
        var right = Posting("network", "innocence-network", "Staff Attorney") with
        {
            Location = new NormalizedLocation("Wellington", "Wellington", null, "NZ", false),
        };

        var merged = OpeningMerger.Merge([own, wrong, right], Reason);

        Assert.Equal(new NormalizedLocation("New Zealand", "Wellington", null, "NZ", false), merged.Location);
    }

    [Fact]
    public void Takes_a_link_and_a_posting_date_from_the_others_when_the_primary_has_none()
    {
        // Seed #7: the opening sits on the member's "About us" page, with no page of its own.
        var own = Posting("ipf-fhr", "innocence-project-of-florida", "Finance and Human Resources Manager") with { Url = null };
        var listing = Posting("in-fhr", "innocence-network", "Finance and Human Resources Manager – Innocence Project of Florida") with
        {
            DatePosted = new DateOnly(2020, 2, 20),
            DatePostedSuspect = true,
        };

        var merged = OpeningMerger.Merge([own, listing], Reason);

        Assert.Equal(listing.Url, merged.Url);
        Assert.Equal(new DateOnly(2020, 2, 20), merged.DatePosted);
        Assert.True(merged.DatePostedSuspect);
        Assert.Equal([new SeenElsewhere("in-fhr", "innocence-network", listing.Url, PostingStatus.Open)], merged.AlsoSeenAt);
    }

    [Fact]
    public void Unites_the_categories_leaving_out_other_when_one_fits()
    {
        var own = Posting("a", "s1", "Operations Coordinator") with { Categories = [PostingCategories.Other] };
        var listing = Posting("b", "s2", "Operations Coordinator") with { Categories = [PostingCategories.Operations] };
        var board = Posting("c", "s3", "Operations Coordinator") with
        {
            Categories = [PostingCategories.Intake, PostingCategories.Operations],
        };

        var merged = OpeningMerger.Merge([own, listing, board], Reason);

        Assert.Equal([PostingCategories.Operations, PostingCategories.Intake], merged.Categories);
        Assert.Equal(["b", "c"], merged.AlsoSeenAt.Select(seen => seen.PostingId));
    }

    [Fact]
    public void Leaves_a_posting_alone_but_for_its_opening_id()
    {
        var posting = Posting("gip-ops", "georgia-innocence-project", "Operations Coordinator") with { Categories = [PostingCategories.Operations] };

        var merged = OpeningMerger.Merge([posting], null);

        Assert.Equal(posting with { ClusterId = "o-gip-ops", Categories = merged.Categories, AlsoSeenAt = merged.AlsoSeenAt }, merged);
        Assert.Equal(posting.Categories, merged.Categories);
        Assert.Empty(merged.AlsoSeenAt);
        Assert.Null(merged.MergeReason);
    }

    [Fact]
    public void Refuses_an_opening_without_postings()
    {
        Assert.Throws<ArgumentException>(() => OpeningMerger.Merge([], null));
    }

    private static StoredPosting Posting(string id, string sourceId, string title) =>
        new(
            id,
            sourceId,
            title,
            new NormalizedOrganization("office-of-the-ohio-public-defender", "Office of the Ohio Public Defender"),
            new NormalizedLocation(null, null, null, null, false),
            null,
            null,
            null,
            null,
            null,
            null,
            $"https://{sourceId}.example.test/{id}/",
            null,
            "css",
            "hash-" + id,
            Feb28,
            Feb28.AddDays(10),
            null,
            null,
            PostingStatus.Open);
}
