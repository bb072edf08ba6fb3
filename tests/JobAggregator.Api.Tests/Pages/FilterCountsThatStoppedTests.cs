using JobAggregator.Api.Jobs;
using JobAggregator.Api.Pages;
using JobAggregator.Contracts;

namespace JobAggregator.Api.Tests.Pages;

/// <summary>Counts that stopped at the limit (a search matching more than 10,000 openings) are shown as what they are:
/// "at least", and a value they did not meet stays a choice, without a count, instead of showing as none.</summary>
public sealed class FilterCountsThatStoppedTests
{
    [Fact]
    public void Counts_that_stopped_show_as_lower_bounds_and_a_value_they_missed_keeps_its_choice_without_a_count()
    {
        var facets = new JobFacetList([], [], [], [], [new JobFacetValue(EmploymentTypes.FullTime, null, 9_000)], [], []) { Exact = false };

        var choices = FilterOptions.EmploymentTypes(facets, chosen: null);

        var fullTime = Assert.Single(choices, choice => choice.Value == EmploymentTypes.FullTime);
        var intern = Assert.Single(choices, choice => choice.Value == EmploymentTypes.Intern);
        Assert.EndsWith("(9,000+)", fullTime.TextWithCount, StringComparison.Ordinal);
        Assert.Null(intern.Count);
        Assert.Null(intern.CountText);
    }

    [Fact]
    public void Exact_counts_show_plainly_and_a_value_without_openings_counts_none()
    {
        var facets = new JobFacetList([], [], [], [], [new JobFacetValue(EmploymentTypes.FullTime, null, 9_000)], [], []);

        var choices = FilterOptions.EmploymentTypes(facets, chosen: null);

        Assert.EndsWith("(9,000)", Assert.Single(choices, choice => choice.Value == EmploymentTypes.FullTime).TextWithCount, StringComparison.Ordinal);
        Assert.Equal(0, Assert.Single(choices, choice => choice.Value == EmploymentTypes.Intern).Count);
    }
}
