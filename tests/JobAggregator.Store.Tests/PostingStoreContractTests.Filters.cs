using JobAggregator.Contracts;
using JobAggregator.Store.Reading;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests;

/// <summary>The search filters and sorts on the parsed fields.</summary>
public abstract partial class PostingStoreContractTests
{
    [Fact]
    public async Task Search_by_country_matches_the_location_country_case_insensitively()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(
            Posting("atlanta") with
            {
                Location = new NormalizedLocation("Atlanta, GA", "Atlanta", "GA", "US", false)
                {
                    OtherPlaces = [new NormalizedPlace("Toronto", "ON", "CA")],
                },
            },
            Ct);
        await store.UpsertAsync(Posting("berlin"), Ct);

        Assert.Equal("atlanta", Assert.Single((await reader.SearchAsync(new JobQuery { Country = "us" }, Ct)).Items).Id);
        Assert.Equal("berlin", Assert.Single((await reader.SearchAsync(new JobQuery { Country = " DE " }, Ct)).Items).Id);
        Assert.Equal(0, (await reader.SearchAsync(new JobQuery { Country = "GA" }, Ct)).Total);
    }

    [Fact]
    public async Task Search_by_remote_counts_hybrid_as_remote()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("remote") with { Location = new NormalizedLocation("Remote - US", null, null, "US", true) }, Ct);
        await store.UpsertAsync(
            Posting("hybrid") with { Location = new NormalizedLocation("Boston, MA (hybrid)", "Boston", "MA", "US", false) { Hybrid = true } },
            Ct);
        await store.UpsertAsync(Posting("on-site"), Ct);

        var remote = await reader.SearchAsync(new JobQuery { Remote = true }, Ct);
        var onSite = await reader.SearchAsync(new JobQuery { Remote = false }, Ct);

        Assert.Equal(["hybrid", "remote"], remote.Items.Select(p => p.Id).Order());
        Assert.Equal("on-site", Assert.Single(onSite.Items).Id);
    }

    [Fact]
    public async Task Search_by_category_matches_any_of_the_posting_categories()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("counsel") with { Categories = [PostingCategories.Attorney, PostingCategories.Policy] }, Ct);
        await store.UpsertAsync(Posting("paralegal") with { Categories = [PostingCategories.Paralegal] }, Ct);
        await store.UpsertAsync(Posting("unsorted"), Ct);

        Assert.Equal("counsel", Assert.Single((await reader.SearchAsync(new JobQuery { Category = "policy" }, Ct)).Items).Id);
        Assert.Equal("counsel", Assert.Single((await reader.SearchAsync(new JobQuery { Category = "attorney" }, Ct)).Items).Id);
        Assert.Equal(0, (await reader.SearchAsync(new JobQuery { Category = PostingCategories.Intake }, Ct)).Total);
    }

    [Fact]
    public async Task Search_by_category_follows_a_change_of_categories()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0) with { Categories = [PostingCategories.Paralegal] }, Ct);

        await store.UpsertAsync(Posting("key-1", T0.AddHours(1), hash: "hash-2") with { Categories = [PostingCategories.Intake] }, Ct);

        Assert.Equal(0, (await reader.SearchAsync(new JobQuery { Category = PostingCategories.Paralegal }, Ct)).Total);
        Assert.Equal(1, (await reader.SearchAsync(new JobQuery { Category = PostingCategories.Intake }, Ct)).Total);
    }

    [Fact]
    public async Task Search_by_language()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("spanish") with { Language = "es" }, Ct);
        await store.UpsertAsync(Posting("english") with { Language = "en" }, Ct);
        await store.UpsertAsync(Posting("unknown"), Ct);

        Assert.Equal("spanish", Assert.Single((await reader.SearchAsync(new JobQuery { Language = "ES" }, Ct)).Items).Id);
    }

    [Fact]
    public async Task Search_by_minimum_annual_salary_uses_the_top_of_the_range_and_optionally_the_currency()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(
            Posting("usd-36k-plus") with { Salary = new NormalizedSalary(36000m, null, "USD", "YEAR", "$36,000+") { AnnualMin = 36000m } },
            Ct);
        await store.UpsertAsync(
            Posting("usd-hourly") with
            {
                Salary = new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", "$17.89 – $50.98") { AnnualMin = 37211.20m, AnnualMax = 106038.40m },
            },
            Ct);
        await store.UpsertAsync(
            Posting("eur-55k") with
            {
                Salary = new NormalizedSalary(45000m, 55000m, "EUR", "YEAR", "€45.000 - €55.000") { AnnualMin = 45000m, AnnualMax = 55000m },
            },
            Ct);
        await store.UpsertAsync(Posting("competitive") with { Salary = new NormalizedSalary(null, null, null, null, "Competitive") }, Ct);
        await store.UpsertAsync(Posting("unstated"), Ct);

        async Task<IEnumerable<string>> Ids(JobQuery query) => (await reader.SearchAsync(query, Ct)).Items.Select(p => p.Id).Order();

        Assert.Equal(["eur-55k", "usd-hourly"], await Ids(new JobQuery { MinAnnualSalary = 50000m }));
        Assert.Equal(["usd-hourly"], await Ids(new JobQuery { MinAnnualSalary = 50000m, SalaryCurrency = "usd" }));
        Assert.Equal(["eur-55k", "usd-36k-plus", "usd-hourly"], await Ids(new JobQuery { MinAnnualSalary = 36000m }));
        Assert.Equal(["usd-hourly"], await Ids(new JobQuery { MinAnnualSalary = 106038.40m }));
        Assert.Empty(await Ids(new JobQuery { MinAnnualSalary = 106038.41m }));
    }

    [Fact]
    public async Task Search_by_posted_since_uses_first_seen_when_the_date_is_missing_or_suspect()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("posted-feb-28", T0) with { DatePosted = new DateOnly(2025, 2, 28) }, Ct);
        await store.UpsertAsync(Posting("posted-feb-20", T0) with { DatePosted = new DateOnly(2025, 2, 20) }, Ct);
        await store.UpsertAsync(Posting("undated", T0), Ct);
        await store.UpsertAsync(Posting("stale-date", T0) with { DatePosted = new DateOnly(2019, 1, 1) }, Ct);

        var page = await reader.SearchAsync(new JobQuery { PostedSince = new DateOnly(2025, 2, 25) }, Ct);

        Assert.Equal(["posted-feb-28", "stale-date", "undated"], page.Items.Select(p => p.Id).Order());
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public async Task Sort_by_salary_puts_the_highest_yearly_pay_first_and_postings_without_pay_last()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("none-newer", T0.AddHours(2)), Ct);
        await store.UpsertAsync(
            Posting("min-only-65k") with { Salary = new NormalizedSalary(65000m, null, "USD", "YEAR", "$65,000+") { AnnualMin = 65000m } },
            Ct);
        await store.UpsertAsync(
            Posting("range-to-106k") with
            {
                Salary = new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", null) { AnnualMin = 37211.20m, AnnualMax = 106038.40m },
            },
            Ct);
        await store.UpsertAsync(
            Posting("text-only", T0.AddHours(1)) with { Salary = new NormalizedSalary(null, null, null, null, "DOE") },
            Ct);
        await store.UpsertAsync(
            Posting("36k") with { Salary = new NormalizedSalary(36000m, null, "USD", "YEAR", null) { AnnualMin = 36000m } },
            Ct);

        var page = await reader.SearchAsync(new JobQuery { Sort = JobSort.Salary }, Ct);

        Assert.Equal(["range-to-106k", "min-only-65k", "36k", "none-newer", "text-only"], page.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task Sort_by_closing_soon_puts_the_nearest_deadline_first_and_undated_last()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("undated-newer", T0.AddHours(1)), Ct);
        await store.UpsertAsync(Posting("undated-older", T0), Ct);
        await store.UpsertAsync(Posting("april", T0) with { ValidThrough = new DateOnly(2025, 4, 30) }, Ct);
        await store.UpsertAsync(Posting("march", T0) with { ValidThrough = new DateOnly(2025, 3, 10) }, Ct);
        await store.UpsertAsync(Posting("rolling-march", T0) with { ValidThrough = new DateOnly(2025, 3, 20), OpenUntilFilled = true }, Ct);

        var page = await reader.SearchAsync(new JobQuery { Sort = JobSort.ClosingSoon }, Ct);

        Assert.Equal(["march", "rolling-march", "april", "undated-newer", "undated-older"], page.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task New_filters_combine_with_the_others_and_page()
    {
        var (store, reader) = await StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await store.UpsertAsync(
                Posting($"match-{i}", T0.AddMinutes(i)) with { Title = "Staff Attorney", Language = "en", Categories = [PostingCategories.Attorney] },
                Ct);
        }

        await store.UpsertAsync(Posting("wrong-language") with { Title = "Staff Attorney", Language = "es", Categories = [PostingCategories.Attorney] }, Ct);
        await store.UpsertAsync(Posting("wrong-category") with { Title = "Staff Attorney", Language = "en", Categories = [PostingCategories.Paralegal] }, Ct);

        var page = await reader.SearchAsync(
            new JobQuery { Text = "attorney", Language = "en", Category = PostingCategories.Attorney, Country = "DE", Page = 2, PageSize = 2 },
            Ct);

        Assert.Equal(5, page.Total);
        Assert.Equal(["match-2", "match-1"], page.Items.Select(p => p.Id));
    }
}
