using JobAggregator.Contracts;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests;

/// <summary>One posting per opening: the network's listing and the member's own page of one opening read as one.</summary>
public abstract partial class PostingStoreContractTests
{
    private const string Gip = "georgia-innocence-project";
    private const string NetworkSource = "network";
    private const string GipSource = "gip";

    private static readonly NormalizedOrganization GipOrganization = new(Gip, "Georgia Innocence Project");

    /// <summary>The network listing's entry: "Title – Organization" heading, a cut-short excerpt, no pay.</summary>
    private static PostingNormalized NetworkCopy(string key = "network-ops", DateTimeOffset? scrapedAt = null) =>
        Posting(key, scrapedAt ?? T0, sourceId: NetworkSource) with
        {
            Title = "Operations Coordinator – Georgia Innocence Project",
            Organization = GipOrganization,
            Location = new NormalizedLocation("Georgia", null, "GA", "US", false),
            EmploymentType = null,
            DatePosted = new DateOnly(2025, 2, 27),
            DescriptionHtml = "<p>GIP seeks an Operations Coordinator to keep its Atlanta office running…</p>",
            DescriptionText = "GIP seeks an Operations Coordinator to keep its Atlanta office running…",
            Url = "https://network.example.test/jobs/operations-coordinator-gip/",
            Categories = [PostingCategories.Operations],
            Language = "en",
            SourceOrganizationId = "innocence-network",
        };

    /// <summary>The member's own ad: full text, pay, type, city, a closing date.</summary>
    private static PostingNormalized MemberCopy(string key = "gip-ops", DateTimeOffset? scrapedAt = null) =>
        Posting(key, scrapedAt ?? T0.AddHours(3), sourceId: GipSource) with
        {
            Title = "Operations Coordinator",
            Organization = GipOrganization,
            Location = new NormalizedLocation("Atlanta, Georgia", "Atlanta", "GA", "US", false),
            EmploymentType = "FULL_TIME",
            Salary = new NormalizedSalary(36000m, null, "USD", "YEAR", "$36,000+ per year, depending on experience")
            {
                AnnualMin = 36000m,
            },
            DatePosted = new DateOnly(2025, 2, 26),
            ValidThrough = new DateOnly(2025, 3, 31),
            DescriptionHtml = "<p>The Operations Coordinator reports to the Operations Director, keeps the intake database in Clio and the donor database in Bloomerang current, and runs the office day to day.</p>",
            DescriptionText = "The Operations Coordinator reports to the Operations Director, keeps the intake database in Clio and the donor database in Bloomerang current, and runs the office day to day.",
            Url = "https://gip.example.test/careers/operations-coordinator",
            ApplyUrl = "https://gip.example.test/careers/operations-coordinator/apply",
            Categories = [PostingCategories.Operations],
            Language = "en",
            SourceOrganizationId = Gip,
        };

    [Fact]
    public async Task Network_listing_and_member_page_of_one_opening_are_one_item_with_the_member_url()
    {
        var (store, reader) = await StartAsync();
        var network = NetworkCopy();
        var member = MemberCopy();

        await store.UpsertAsync(network, Ct);
        await store.UpsertAsync(member, Ct);

        var page = await reader.SearchAsync(new JobQuery(), Ct);
        Assert.Equal(1, page.Total);
        var opening = Assert.Single(page.Items);
        Assert.Equal(member.PostingKey, opening.Id);
        Assert.Equal(GipSource, opening.Content.SourceId);
        Assert.Equal(member.Url, opening.Content.Url);
        Assert.Equal(member.ApplyUrl, opening.Content.ApplyUrl);
        Assert.Equal(member.Salary, opening.Content.Salary);
        Assert.Equal("FULL_TIME", opening.Content.EmploymentType);
        Assert.Equal(member.DescriptionText, opening.Content.DescriptionText);
        Assert.Equal(new DateOnly(2025, 3, 31), opening.Content.ValidThrough);
        Assert.Equal("Atlanta", opening.Content.Location.City);
        Assert.Equal(
            [new SeenElsewhere(network.PostingKey, NetworkSource, network.Url, PostingStatus.Open)],
            opening.AlsoSeenAt);
        Assert.False(string.IsNullOrWhiteSpace(opening.MergeReason));
        Assert.NotNull(opening.ClusterId);
    }

    [Fact]
    public async Task Either_copy_of_an_opening_reads_by_id_as_the_opening()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(NetworkCopy(), Ct);
        await store.UpsertAsync(MemberCopy(), Ct);
        await store.UpsertAsync(
            MemberCopy(scrapedAt: T0.AddDays(1)) with { ContentHash = "hash-2", ValidThrough = new DateOnly(2025, 4, 15) },
            Ct);

        var byNetworkId = await reader.GetAsync("network-ops", Ct);
        var byMemberId = await reader.GetAsync("gip-ops", Ct);

        Assert.NotNull(byNetworkId);
        Assert.Equal("gip-ops", byNetworkId.Id);
        Assert.Equal("https://gip.example.test/careers/operations-coordinator", byNetworkId.Content.Url);
        Assert.Equal("network-ops", Assert.Single(byNetworkId.AlsoSeenAt).PostingId);
        Assert.Equal(["validThrough"], Assert.Single(byNetworkId.Revisions).ChangedFields);
        Assert.NotNull(byMemberId);
        Assert.Equal(byNetworkId.Id, byMemberId.Id);
        Assert.Equal(byNetworkId.MergeReason, byMemberId.MergeReason);
    }

    [Fact]
    public async Task Member_page_seen_first_stays_the_one_shown_when_the_listing_follows()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(MemberCopy(scrapedAt: T0), Ct);
        await store.UpsertAsync(NetworkCopy(scrapedAt: T0.AddHours(5)), Ct);

        var opening = Assert.Single((await reader.SearchAsync(new JobQuery(), Ct)).Items);

        Assert.Equal("gip-ops", opening.Id);
        Assert.Equal("network-ops", Assert.Single(opening.AlsoSeenAt).PostingId);
    }

    [Fact]
    public async Task Different_openings_of_one_organisation_stay_apart()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(NetworkCopy(), Ct);
        await store.UpsertAsync(
            MemberCopy("gip-attorney") with
            {
                Title = "Staff Attorney",
                Url = "https://gip.example.test/careers/staff-attorney",
                Categories = [PostingCategories.Attorney],
            },
            Ct);

        var page = await reader.SearchAsync(new JobQuery(), Ct);

        Assert.Equal(2, page.Total);
        Assert.All(page.Items, item => Assert.Empty(item.AlsoSeenAt));
        Assert.All(page.Items, item => Assert.Null(item.MergeReason));
        Assert.Equal(["gip-attorney", "network-ops"], page.Items.Select(p => p.Id).Order());
    }

    [Fact]
    public async Task Same_title_at_two_organisations_is_two_openings()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(MemberCopy(), Ct);
        await store.UpsertAsync(
            MemberCopy("neip-ops") with
            {
                SourceId = "neip",
                Organization = new NormalizedOrganization("new-england-innocence-project", "New England Innocence Project"),
                SourceOrganizationId = "new-england-innocence-project",
                Url = "https://neip.example.test/jobs/operations-coordinator",
            },
            Ct);

        Assert.Equal(2, (await reader.SearchAsync(new JobQuery(), Ct)).Total);
    }

    [Fact]
    public async Task When_the_member_page_closes_the_listing_copy_is_shown_and_names_the_closed_one()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(NetworkCopy(), Ct);
        await store.UpsertAsync(MemberCopy(), Ct);

        await store.CompleteRunAsync(
            Completed(T0.AddHours(4), ["gip-other"], sourceId: GipSource) with { GonePostingKeys = ["gip-ops"] },
            Ct);

        var opening = Assert.Single((await reader.SearchAsync(new JobQuery(), Ct)).Items);
        Assert.Equal("network-ops", opening.Id);
        Assert.Equal(PostingStatus.Open, opening.Status);
        Assert.Equal(
            [new SeenElsewhere("gip-ops", GipSource, "https://gip.example.test/careers/operations-coordinator", PostingStatus.Closed)],
            opening.AlsoSeenAt);
    }

    [Fact]
    public async Task Filters_apply_to_the_opening_as_shown_and_total_counts_openings()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(NetworkCopy(), Ct);
        await store.UpsertAsync(MemberCopy(), Ct);

        Assert.Equal(1, (await reader.SearchAsync(new JobQuery { Text = "Bloomerang" }, Ct)).Total);
        Assert.Equal(1, (await reader.SearchAsync(new JobQuery { Country = "US", Category = PostingCategories.Operations }, Ct)).Total);
        Assert.Equal(1, (await reader.SearchAsync(new JobQuery { IncludeClosed = true }, Ct)).Total);
    }

    [Fact]
    public async Task Delivering_the_copies_again_changes_nothing()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(NetworkCopy(), Ct);
        await store.UpsertAsync(MemberCopy(), Ct);
        var before = await reader.GetAsync("gip-ops", Ct);

        await store.UpsertAsync(MemberCopy(), Ct);
        await store.UpsertAsync(NetworkCopy(), Ct);

        var after = await reader.GetAsync("gip-ops", Ct);
        Assert.Equal(before!.Id, after!.Id);
        Assert.Equal(before.ClusterId, after.ClusterId);
        Assert.Equal(before.MergeReason, after.MergeReason);
        Assert.Equal(before.AlsoSeenAt, after.AlsoSeenAt);
        Assert.Equal(1, (await reader.SearchAsync(new JobQuery(), Ct)).Total);
    }
}
