using JobAggregator.Api.Jobs;
using JobAggregator.Api.Pages;
using JobAggregator.Sources;
using JobAggregator.Sources.Organizations;

namespace JobAggregator.Api.Tests.Pages;

/// <summary>The organisation filter's choices come from the store's counts, folded into the members of the sources file.
/// </summary>
public sealed class OrganizationFilterOptionsTests
{
    private static readonly OrganizationDirectory Directory = OrganizationDirectory.From(new SourceCatalog(
        "sources.yml",
        [
            Source("georgia", "Georgia Innocence Project", "GIP"),
            Source("korey-wise", "Korey Wise Innocence Project"),
        ]));

    [Fact]
    public void An_alias_counted_by_the_store_joins_its_member_and_is_no_choice_of_its_own()
    {
        var facets = Facets(new JobFacetValue("georgia-innocence-project", "Georgia Innocence Project", 2), new JobFacetValue("gip", "GIP", 1));

        var choices = FilterOptions.Organizations(Directory, facets, chosen: null);

        var only = Assert.Single(choices);
        Assert.Equal(("Georgia Innocence Project", "Georgia Innocence Project (3)", false), (only.Value, only.TextWithCount, only.Selected));
    }

    [Fact]
    public void A_member_with_no_opening_in_the_search_is_no_choice_and_a_chosen_alias_selects_its_member()
    {
        var facets = Facets(new JobFacetValue("georgia-innocence-project", "Georgia Innocence Project", 2));

        var choices = FilterOptions.Organizations(Directory, facets, chosen: "gip");

        Assert.DoesNotContain(choices, choice => choice.Text.StartsWith("Korey", StringComparison.Ordinal) || choice.Text == "GIP");
        Assert.True(Assert.Single(choices).Selected);
    }

    private static JobFacetList Facets(params JobFacetValue[] organizations) => new(organizations, [], [], [], [], [], []);

    private static SourceDefinition Source(string id, string organization, params string[] aliases) =>
        new(id, organization, new Uri($"https://{id}.example.test/jobs"), SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto, null, null, null, AllowPrivateNetwork: false)
        {
            Aliases = aliases,
        };
}
