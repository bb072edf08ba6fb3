using JobAggregator.Contracts;
using JobAggregator.Store.Openings;
using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Tests.Openings;

public sealed class OpeningMergerTests
{
    private static readonly DateTimeOffset Feb28 = new(2020, 2, 28, 9, 0, 0, TimeSpan.Zero);

    private const string Reason = "same organisation office-of-the-ohio-public-defender; ...";

    [Fact]
    public void Fills_what_the_members_page_lacks_from_the_network_copy()
    {
        // Seed #6: the portal's ad is the primary; the network's copy holds what the portal left out here.
        var own = Stored(Content("ohio-190007WE", "ohio-public-defender", "Assistant Public Defender 2 – Wrongful Conviction Project") with
        {
            Location = new NormalizedLocation("United States of America-OHIO-Franklin County", null, "OH", "US", false),
            DatePosted = new DateOnly(2020, 2, 28),
            DescriptionText = new string('x', 900),
            DescriptionHtml = "<p>portal</p>",
            Categories = [PostingCategories.Attorney],
        }) with
        {
            FirstSeen = Feb28.AddHours(1),
        };
        var listing = Stored(Content(
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
        }) with
        {
            Status = PostingStatus.Closed,
        };

        var merged = OpeningMerger.Merge([own, listing], Reason);

        Assert.Equal("ohio-190007WE", merged.Id);
        Assert.Equal("ohio-public-defender", merged.Content.SourceId);
        Assert.Equal("Assistant Public Defender 2 – Wrongful Conviction Project", merged.Content.Title);
        Assert.Equal("https://ohio-public-defender.example.test/ohio-190007WE/", merged.Content.Url);
        Assert.Equal(PostingStatus.Open, merged.Status);
        Assert.Equal(
            new NormalizedLocation("United States of America-OHIO-Franklin County", "Columbus", "OH", "US", false),
            merged.Content.Location);
        Assert.Equal("FULL_TIME", merged.Content.EmploymentType);
        Assert.Equal(listing.Content.Salary, merged.Content.Salary);
        Assert.Equal(new DateOnly(2020, 2, 28), merged.Content.DatePosted);
        Assert.Equal(new DateOnly(2020, 3, 10), merged.Content.ValidThrough);
        Assert.Equal(own.Content.DescriptionText, merged.Content.DescriptionText);
        Assert.Equal("<p>portal</p>", merged.Content.DescriptionHtml);
        Assert.Equal("https://ohio.example.test/apply/190007WE", merged.Content.ApplyUrl);
        Assert.Equal("en", merged.Content.Language);
        Assert.Equal([PostingCategories.Attorney, PostingCategories.Fellowship], merged.Content.Categories);
        Assert.Equal("o-in-apd2", merged.ClusterId);
        Assert.Equal(Reason, merged.MergeReason);
        Assert.Equal(
            [new SeenElsewhere("in-apd2", "innocence-network", "https://innocence-network.example.test/in-apd2/", PostingStatus.Closed)],
            merged.AlsoSeenAt);
    }

    [Fact]
    public void Keeps_the_longest_description_with_its_html()
    {
        var own = Stored(Content("gip-ops", "georgia-innocence-project", "Operations Coordinator") with
        {
            DescriptionText = "Short summary.",
            DescriptionHtml = "<p>Short summary.</p>",
        });
        var listing = Stored(Content("in-ops", "innocence-network", "Operations Coordinator – Georgia Innocence Project") with
        {
            DescriptionText = "The full ad, with duties, qualifications and how to apply.",
            DescriptionHtml = "<p>The full ad, with duties, qualifications and how to apply.</p>",
        });

        var merged = OpeningMerger.Merge([own, listing], Reason);

        Assert.Equal(listing.Content.DescriptionText, merged.Content.DescriptionText);
        Assert.Equal(listing.Content.DescriptionHtml, merged.Content.DescriptionHtml);
        Assert.Equal(own.Content.Url, merged.Content.Url);
    }

    [Fact]
    public void Keeps_what_the_primary_states()
    {
        var own = Stored(Content("gip-ops", "georgia-innocence-project", "Operations Coordinator") with
        {
            EmploymentType = "FULL_TIME",
            Salary = new NormalizedSalary(36000m, null, "USD", "YEAR", "$36,000+"),
            DatePosted = new DateOnly(2020, 2, 28),
            ValidThrough = new DateOnly(2020, 3, 31),
            Language = "en",
        });
        var listing = Stored(Content("in-ops", "innocence-network", "Operations Coordinator – Georgia Innocence Project") with
        {
            EmploymentType = "PART_TIME",
            Salary = new NormalizedSalary(30000m, 40000m, "USD", "YEAR", "$30,000 - $40,000"),
            DatePosted = new DateOnly(2020, 3, 2),
            ValidThrough = new DateOnly(2020, 4, 2),
            Language = "es",
        }) with
        {
            DatePostedSuspect = true,
        };

        var merged = OpeningMerger.Merge([own, listing], Reason);

        Assert.Equal("FULL_TIME", merged.Content.EmploymentType);
        Assert.Equal(own.Content.Salary, merged.Content.Salary);
        Assert.Equal(new DateOnly(2020, 2, 28), merged.Content.DatePosted);
        Assert.False(merged.DatePostedSuspect);
        Assert.Equal(new DateOnly(2020, 3, 31), merged.Content.ValidThrough);
        Assert.Equal("en", merged.Content.Language);
    }

    [Fact]
    public void Takes_pay_with_figures_over_pay_in_words()
    {
        var own = Stored(Content("gip-ops", "georgia-innocence-project", "Operations Coordinator") with
        {
            Salary = new NormalizedSalary(null, null, null, null, "Competitive"),
        });
        var listing = Stored(Content("in-ops", "innocence-network", "Operations Coordinator") with
        {
            Salary = new NormalizedSalary(36000m, null, "USD", "YEAR", "$36,000+ per year"),
        });

        Assert.Equal(listing.Content.Salary, OpeningMerger.Merge([own, listing], Reason).Content.Salary);
        Assert.Equal(own.Content.Salary, OpeningMerger.Merge([own, Stored(Content("x", "y", "z"))], Reason).Content.Salary);
    }

    [Fact]
    public void Takes_a_whole_location_when_the_primary_names_no_place()
    {
        var own = Stored(Content("ipf-fhr", "innocence-project-of-florida", "Finance and Human Resources Manager") with
        {
            Location = new NormalizedLocation(null, null, null, null, false),
        });
        var listing = Stored(Content("in-fhr", "innocence-network", "Finance and Human Resources Manager") with
        {
            Location = new NormalizedLocation("Tallahassee, Florida", "Tallahassee", "FL", "US", false) { Hybrid = true },
        });

        Assert.Equal(listing.Content.Location, OpeningMerger.Merge([own, listing], Reason).Content.Location);
    }

    [Fact]
    public void Never_puts_a_city_in_another_country()
    {
        var own = Stored(Content("ip-nz", "innocence-project-nz", "Staff Attorney") with
        {
            Location = new NormalizedLocation("New Zealand", null, null, "NZ", false),
        });
        var wrong = Stored(Content("board", "board", "Staff Attorney") with
        {
            Location = new NormalizedLocation("Wellington, FL", "Wellington", "FL", "US", false),
        });
        var right = Stored(Content("network", "innocence-network", "Staff Attorney") with
        {
            Location = new NormalizedLocation("Wellington", "Wellington", null, "NZ", false),
        });

        var merged = OpeningMerger.Merge([own, wrong, right], Reason);

        Assert.Equal(new NormalizedLocation("New Zealand", "Wellington", null, "NZ", false), merged.Content.Location);
    }

    [Fact]
    public void Takes_a_link_and_a_posting_date_from_the_others_when_the_primary_has_none()
    {
        // Seed #7: the opening sits on the member's "About us" page, with no page of its own.
        var own = Stored(Content("ipf-fhr", "innocence-project-of-florida", "Finance and Human Resources Manager") with { Url = null });
        var listing = Stored(Content("in-fhr", "innocence-network", "Finance and Human Resources Manager – Innocence Project of Florida") with
        {
            DatePosted = new DateOnly(2020, 2, 20),
        }) with
        {
            DatePostedSuspect = true,
        };

        var merged = OpeningMerger.Merge([own, listing], Reason);

        Assert.Equal(listing.Content.Url, merged.Content.Url);
        Assert.Equal(new DateOnly(2020, 2, 20), merged.Content.DatePosted);
        Assert.True(merged.DatePostedSuspect);
        Assert.Equal([new SeenElsewhere("in-fhr", "innocence-network", listing.Content.Url, PostingStatus.Open)], merged.AlsoSeenAt);
    }

    [Fact]
    public void Unites_the_categories_leaving_out_other_when_one_fits()
    {
        var own = Stored(Content("a", "s1", "Operations Coordinator") with { Categories = [PostingCategories.Other] });
        var listing = Stored(Content("b", "s2", "Operations Coordinator") with { Categories = [PostingCategories.Operations] });
        var board = Stored(Content("c", "s3", "Operations Coordinator") with
        {
            Categories = [PostingCategories.Intake, PostingCategories.Operations],
        });

        var merged = OpeningMerger.Merge([own, listing, board], Reason);

        Assert.Equal([PostingCategories.Operations, PostingCategories.Intake], merged.Content.Categories);
        Assert.Equal(["b", "c"], merged.AlsoSeenAt.Select(seen => seen.PostingId));
    }

    [Fact]
    public void Leaves_a_posting_alone_but_for_its_opening_id()
    {
        var posting = Stored(Content("gip-ops", "georgia-innocence-project", "Operations Coordinator") with { Categories = [PostingCategories.Operations] });

        var merged = OpeningMerger.Merge([posting], null);

        Assert.Equal(
            posting with
            {
                Content = posting.Content with { Categories = merged.Content.Categories },
                ClusterId = "o-gip-ops",
                AlsoSeenAt = merged.AlsoSeenAt,
            },
            merged);
        Assert.Equal(posting.Content.Categories, merged.Content.Categories);
        Assert.Empty(merged.AlsoSeenAt);
        Assert.Null(merged.MergeReason);
    }

    [Fact]
    public void Refuses_an_opening_without_postings()
    {
        Assert.Throws<ArgumentException>(() => OpeningMerger.Merge([], null));
    }

    private static StoredPosting Stored(PostingNormalized content) =>
        new(content, Feb28, Feb28.AddDays(10), null, null, PostingStatus.Open);

    private static PostingNormalized Content(string id, string sourceId, string title) =>
        new(
            sourceId,
            Guid.Empty,
            Feb28,
            id,
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
            "hash-" + id);
}
