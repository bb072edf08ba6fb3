namespace JobAggregator.Sources.Tests;

/// <summary>config/sources.network.yaml, the sources file for real use. Nothing in it can be fetched from here, so
/// these tests hold it to what can be checked: it loads, and its entries are consistent with each other.</summary>
public sealed class NetworkSourcesFileTests
{
    private const string NetworkId = "innocence-network";

    // The members table lists 53 organisations; nine have no address of their own and are named in the file's closing
    // comment instead.
    private const int MinimumMemberSources = 44;

    // Loaded per test rather than once, so that a file that fails to load fails each test with the file's own errors.
    private static SourceCatalog Catalog =>
        SourcesFileLoader.Load(Path.Combine(AppContext.BaseDirectory, "sources.network.yaml"), _ => null);

    private static List<SourceDefinition> Members => [.. Catalog.All.Where(source => source.Id != NetworkId)];

    [Fact]
    public void Has_the_networks_own_listing_read_with_its_wordpress_selectors()
    {
        var network = Catalog.Find(NetworkId);

        Assert.NotNull(network);
        Assert.Equal(new Uri("https://innocencenetwork.org/about/"), network.Url);
        Assert.Equal(ExtractionStrategy.Css, network.Strategy);
        Assert.Equal(
            new SelectorSet { Item = "article.post", Title = "h2.entry-title", OrganizationFromTitle = true, Link = "a.more-link", NextPage = "a.next" },
            network.Selectors);
        Assert.NotNull(network.Detail?.Description);
    }

    [Fact]
    public void Has_a_source_for_every_member_with_an_address()
    {
        var members = Members;

        Assert.True(members.Count >= MinimumMemberSources, $"{members.Count} member sources, expected at least {MinimumMemberSources}");
        Assert.All(members, member => Assert.Equal(ExtractionStrategy.Auto, member.Strategy));
    }

    [Fact]
    public void Ids_are_unique()
    {
        var ids = Catalog.All.Select(source => source.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_source_names_an_assigned_country()
    {
        Assert.All(Catalog.All, source => Assert.True(source.Country is { } country && CountryCodes.IsAssigned(country), source.Id));
    }

    [Fact]
    public void No_source_may_reach_a_private_network()
    {
        Assert.All(Catalog.All, source => Assert.False(source.AllowPrivateNetwork, source.Id));
    }

    [Fact]
    public void Members_outside_english_speaking_countries_say_their_language()
    {
        Assert.Equal("zh", Catalog.Find("taiwan-association-for-innocence")?.Language);
        Assert.Equal("it", Catalog.Find("italy-innocence-project")?.Language);
        Assert.All(Members.Where(member => member.Country is "US" or "GB" or "IE" or "AU" or "ZA"), member => Assert.Null(member.Language));
    }

    [Fact]
    public void An_alias_names_one_organisation_only()
    {
        var names = Catalog.All
            .SelectMany(source => source.Aliases.Append(source.Organization).Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(name => (Name: name, source.Id)))
            .GroupBy(entry => entry.Name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(entry => entry.Id))}");

        Assert.Empty(names);
    }

    [Fact]
    public void Members_are_scheduled_at_different_minutes()
    {
        var schedules = Catalog.All.Select(source => source.Schedule).ToList();

        Assert.Equal(schedules.Count, schedules.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Members_without_a_listing_page_are_found_from_their_website()
    {
        var innocenceProject = Catalog.Find("innocence-project");
        var florida = Catalog.Find("innocence-project-of-florida");

        Assert.False(innocenceProject?.DiscoverCareersPage);
        Assert.True(florida?.DiscoverCareersPage);
        Assert.Equal(florida?.Website, florida?.Url);
    }
}
