using JobAggregator.Contracts;
using JobAggregator.Store.Reading;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests;

/// <summary>Facet counts (how many openings each filter value would give) and the closing-date filter.</summary>
public abstract partial class PostingStoreContractTests
{
    private static readonly NormalizedOrganization Hope = new("Hope-Legal", "Hope Legal Aid");

    [Fact]
    public async Task Facets_count_the_open_openings_of_each_value_of_each_filter()
    {
        var (store, reader) = await StartAsync();
        await StoreFacetSampleAsync(store);

        var facets = await reader.GetFacetsAsync(new JobQuery(), Ct);

        Assert.Equal([new("acme", "Acme Corp", 3), new("Hope-Legal", "Hope Legal Aid", 2)], facets.Organizations);
        Assert.Equal([new("DE", null, 3), new("US", null, 2)], facets.Countries);
        Assert.Equal([new("Berlin", null, 3), new("MA", null, 1)], facets.Regions);
        Assert.Equal([new("false", null, 3), new("true", null, 2)], facets.Remote);
        Assert.Equal([new("FULL_TIME", null, 2), new("PART_TIME", null, 2)], facets.EmploymentTypes);
        Assert.Equal([new("attorney", null, 2), new("paralegal", null, 2), new("policy", null, 1)], facets.Categories);
        Assert.Equal([new("en", null, 3), new("es", null, 1)], facets.Languages);
    }

    [Fact]
    public async Task A_facet_applies_every_other_filter_but_not_its_own()
    {
        var (store, reader) = await StartAsync();
        await StoreFacetSampleAsync(store);

        var facets = await reader.GetFacetsAsync(new JobQuery { EmploymentType = "full_time", Country = "us" }, Ct);

        // Type: US openings of any type; country: full-time openings of any country; the rest: full-time US openings.
        Assert.Equal([new("FULL_TIME", null, 1), new("PART_TIME", null, 1)], facets.EmploymentTypes);
        Assert.Equal([new("DE", null, 1), new("US", null, 1)], facets.Countries);
        Assert.Equal([new("Hope-Legal", "Hope Legal Aid", 1)], facets.Organizations);
        Assert.Equal([new("true", null, 1)], facets.Remote);
        Assert.Equal([new("attorney", null, 1), new("policy", null, 1)], facets.Categories);
        Assert.Equal([new("en", null, 1)], facets.Languages);
        Assert.Equal(
            (await reader.SearchAsync(new JobQuery { EmploymentType = "FULL_TIME", Country = "US" }, Ct)).Total,
            facets.Organizations.Sum(o => o.Count));
    }

    [Fact]
    public async Task Facets_follow_the_search_text_and_the_filters_without_facets()
    {
        var (store, reader) = await StartAsync();
        await StoreFacetSampleAsync(store);

        var byText = await reader.GetFacetsAsync(new JobQuery { Text = "attor" }, Ct);
        var byPay = await reader.GetFacetsAsync(new JobQuery { MinAnnualSalary = 50000m, Organization = "hope legal aid" }, Ct);

        Assert.Equal([new("acme", "Acme Corp", 1), new("Hope-Legal", "Hope Legal Aid", 1)], byText.Organizations);
        Assert.Equal([new("Hope-Legal", "Hope Legal Aid", 1)], byPay.Organizations);
        Assert.Equal([new("US", null, 1)], byPay.Countries);
    }

    [Fact]
    public async Task Facets_count_an_opening_once_however_many_sources_carry_it_and_leave_closed_ones_out()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(NetworkCopy(), Ct);
        await store.UpsertAsync(MemberCopy(), Ct);
        await store.UpsertAsync(Posting("kept"), Ct);
        await store.UpsertAsync(Posting("gone") with { Categories = [PostingCategories.Operations] }, Ct);
        await store.CompleteRunAsync(Completed(T0.AddHours(1), ["kept"]), Ct);

        var facets = await reader.GetFacetsAsync(new JobQuery(), Ct);
        var withClosed = await reader.GetFacetsAsync(new JobQuery { IncludeClosed = true }, Ct);

        Assert.Equal([new("acme", "Acme Corp", 1), new(Gip, "Georgia Innocence Project", 1)], facets.Organizations);
        Assert.Equal([new("operations", null, 1)], facets.Categories);
        Assert.Equal([new("operations", null, 2)], withClosed.Categories);
    }

    [Fact]
    public async Task Facets_of_an_empty_store_or_a_search_that_finds_nothing_are_empty()
    {
        var (store, reader) = await StartAsync();
        var empty = await reader.GetFacetsAsync(new JobQuery { Country = "US" }, Ct);
        await StoreFacetSampleAsync(store);

        var none = await reader.GetFacetsAsync(new JobQuery { Text = "astronaut" }, Ct);

        foreach (var facets in new[] { empty, none })
        {
            Assert.Empty(facets.Organizations);
            Assert.Empty(facets.Countries);
            Assert.Empty(facets.Regions);
            Assert.Empty(facets.Remote);
            Assert.Empty(facets.EmploymentTypes);
            Assert.Empty(facets.Categories);
            Assert.Empty(facets.Languages);
        }
    }

    [Fact]
    public async Task Search_by_region_matches_it_whole_whatever_the_case_of_its_letters_and_its_facet_counts_spellings_as_one()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("atlanta") with { Location = new NormalizedLocation("Atlanta, GA", "Atlanta", "GA", "US", false) }, Ct);
        await store.UpsertAsync(Posting("savannah") with { Location = new NormalizedLocation("Savannah, ga", "Savannah", "ga", "US", false) }, Ct);
        await store.UpsertAsync(Posting("tbilisi") with { Location = new NormalizedLocation("Tbilisi, Georgia", "Tbilisi", "Georgia", "GE", false) }, Ct);
        await store.UpsertAsync(Posting("zurich") with { Location = new NormalizedLocation("Zürich", "Zürich", "Zürich", "CH", false) }, Ct);

        async Task<IEnumerable<string>> Ids(JobQuery query) => (await reader.SearchAsync(query, Ct)).Items.Select(p => p.Id).Order();

        Assert.Equal(["atlanta", "savannah"], await Ids(new JobQuery { Region = " Ga " }));
        Assert.Equal(["zurich"], await Ids(new JobQuery { Region = "Zürich" }));
        Assert.Empty(await Ids(new JobQuery { Region = "G" }));
        Assert.Empty(await Ids(new JobQuery { Region = "G." }));
        var facets = await reader.GetFacetsAsync(new JobQuery { Region = "GA", Country = "US" }, Ct);
        Assert.Equal([new("GA", null, 2)], facets.Regions);
        Assert.Equal([new("US", null, 2)], facets.Countries);
    }

    [Fact]
    public async Task Closing_between_two_days_includes_both_and_never_matches_an_undated_posting()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("march-9") with { ValidThrough = new DateOnly(2025, 3, 9) }, Ct);
        await store.UpsertAsync(Posting("march-10") with { ValidThrough = new DateOnly(2025, 3, 10) }, Ct);
        await store.UpsertAsync(Posting("march-17") with { ValidThrough = new DateOnly(2025, 3, 17) }, Ct);
        await store.UpsertAsync(Posting("march-18") with { ValidThrough = new DateOnly(2025, 3, 18) }, Ct);
        await store.UpsertAsync(Posting("rolling") with { OpenUntilFilled = true }, Ct);
        await store.UpsertAsync(Posting("undated"), Ct);

        async Task<IEnumerable<string>> Ids(JobQuery query) => (await reader.SearchAsync(query, Ct)).Items.Select(p => p.Id);

        var within = new JobQuery { ClosingFrom = new DateOnly(2025, 3, 10), ClosingBy = new DateOnly(2025, 3, 17), Sort = JobSort.ClosingSoon };
        Assert.Equal(["march-10", "march-17"], await Ids(within));
        Assert.Equal(["march-9", "march-10"], await Ids(new JobQuery { ClosingBy = new DateOnly(2025, 3, 10), Sort = JobSort.ClosingSoon }));
        Assert.Equal(["march-17", "march-18"], await Ids(new JobQuery { ClosingFrom = new DateOnly(2025, 3, 11), Sort = JobSort.ClosingSoon }));
        Assert.Equal([new("acme", "Acme Corp", 2)], (await reader.GetFacetsAsync(within, Ct)).Organizations);
    }

    /// <summary>Five open postings: three of Acme (Berlin, on site), two of Hope Legal Aid (US, remote or hybrid).</summary>
    private static async Task StoreFacetSampleAsync(IPostingStore store)
    {
        await store.UpsertAsync(
            Posting("acme-attorney") with { Title = "Staff Attorney", Categories = [PostingCategories.Attorney], Language = "en" },
            Ct);
        await store.UpsertAsync(
            Posting("acme-paralegal") with { EmploymentType = "PART_TIME", Categories = [PostingCategories.Paralegal], Language = "es" },
            Ct);
        await store.UpsertAsync(Posting("acme-untyped") with { EmploymentType = null }, Ct);
        await store.UpsertAsync(
            Posting("hope-attorney") with
            {
                Title = "Policy Attorney",
                Organization = Hope,
                Location = new NormalizedLocation("Remote - US", null, null, "US", true),
                Categories = [PostingCategories.Attorney, PostingCategories.Policy],
                Language = "en",
                Salary = new NormalizedSalary(60000m, 70000m, "USD", "YEAR", null) { AnnualMin = 60000m, AnnualMax = 70000m },
            },
            Ct);
        await store.UpsertAsync(
            Posting("hope-paralegal") with
            {
                Organization = Hope,
                Location = new NormalizedLocation("Boston, MA (hybrid)", "Boston", "MA", "US", false) { Hybrid = true },
                EmploymentType = "PART_TIME",
                Categories = [PostingCategories.Paralegal],
                Language = "en",
            },
            Ct);
    }
}
