using JobAggregator.Contracts;
using JobAggregator.Store.Reading;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests;

/// <summary>Keyset pagination: following each page's cursor lists every opening once, in the order of the sort, with
/// ties on every key but the id.</summary>
public abstract partial class PostingStoreContractTests
{
    public static TheoryData<JobSort> Sorts => [JobSort.Newest, JobSort.Salary, JobSort.ClosingSoon];

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Following_the_cursor_lists_the_same_openings_in_the_same_order_as_one_long_page(JobSort sort)
    {
        var (store, reader) = await StartAsync();
        await SeedTiedPostingsAsync(store);

        var whole = await reader.SearchAsync(new JobQuery { Sort = sort, PageSize = 100 }, Ct);
        var followed = new List<string>();
        JobCursor? after = null;
        var pages = 0;
        do
        {
            var page = await reader.SearchAsync(new JobQuery { Sort = sort, PageSize = 4, After = after }, Ct);
            Assert.Equal(whole.Total, page.Total);
            Assert.True(page.TotalIsExact);
            followed.AddRange(page.Items.Select(item => item.Id));
            after = page.Next;
            pages++;
        }
        while (after is not null && pages < 20);

        Assert.Equal(14, whole.Items.Count);
        Assert.Null(whole.Next);
        Assert.Equal(whole.Items.Select(item => item.Id), followed);
        Assert.Equal(4, pages);
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task A_cursor_carries_the_filters_of_the_search_it_is_used_with(JobSort sort)
    {
        var (store, reader) = await StartAsync();
        await SeedTiedPostingsAsync(store);

        var first = await reader.SearchAsync(new JobQuery { Sort = sort, PageSize = 2, Country = "US" }, Ct);
        var second = await reader.SearchAsync(new JobQuery { Sort = sort, PageSize = 100, Country = "US", After = first.Next }, Ct);
        var whole = await reader.SearchAsync(new JobQuery { Sort = sort, PageSize = 100, Country = "US" }, Ct);

        Assert.Equal(whole.Items.Select(item => item.Id), first.Items.Concat(second.Items).Select(item => item.Id));
        Assert.All(second.Items, item => Assert.Equal("US", item.Content.Location.Country));
        Assert.Null(second.Next);
    }

    [Fact]
    public async Task Facet_counts_of_a_page_by_cursor_count_the_whole_search()
    {
        var (store, reader) = await StartAsync();
        await SeedTiedPostingsAsync(store);
        var first = await reader.SearchAsync(new JobQuery { PageSize = 4 }, Ct);

        var byCursor = await reader.GetFacetsAsync(new JobQuery { PageSize = 4, After = first.Next }, Ct);
        var whole = await reader.GetFacetsAsync(new JobQuery(), Ct);

        Assert.Equal(14, byCursor.Remote.Sum(count => count.Count));
        Assert.Equal(whole.Countries, byCursor.Countries);
    }

    [Fact]
    public async Task The_last_page_by_offset_has_no_next_cursor_and_a_fuller_one_has()
    {
        var (store, reader) = await StartAsync();
        await SeedTiedPostingsAsync(store);

        var full = await reader.SearchAsync(new JobQuery { PageSize = 7, Page = 1 }, Ct);
        var last = await reader.SearchAsync(new JobQuery { PageSize = 7, Page = 2 }, Ct);

        Assert.NotNull(full.Next);
        Assert.Equal(full.Items[^1].Id, full.Next.Id);
        Assert.Null(last.Next);
    }

    private static readonly string[] DistinctTitles =
    [
        "Attorney", "Paralegal", "Investigator", "Accountant", "Receptionist", "Archivist", "Librarian", "Chemist",
        "Carpenter", "Electrician", "Plumber", "Gardener", "Translator", "Photographer",
    ];

    /// <summary>Fourteen openings with ties on the posting day, the first sighting, the pay and the closing day, and some
    /// without pay or closing day.</summary>
    private static async Task SeedTiedPostingsAsync(IPostingStore store)
    {
        for (var i = 0; i < 14; i++)
        {
            var posting = Posting($"tie-{i:00}", T0.AddHours(i % 3)) with
            {
                Title = DistinctTitles[i],
                DatePosted = new DateOnly(2025, 2, 20 + (i % 2)),
                Location = new NormalizedLocation("Somewhere", null, null, i % 2 == 0 ? "US" : "DE", false),
                Salary = (i % 4) switch
                {
                    0 => null,
                    1 => new NormalizedSalary(50000m, null, "USD", "YEAR", null) { AnnualMin = 50000m },
                    _ => new NormalizedSalary(70000m, null, "USD", "YEAR", null) { AnnualMin = 70000m },
                },
                ValidThrough = (i % 3) switch
                {
                    0 => null,
                    1 => new DateOnly(2025, 4, 1),
                    _ => new DateOnly(2025, 5, 1),
                },
            };
            await store.UpsertAsync(posting, Ct);
        }
    }
}
