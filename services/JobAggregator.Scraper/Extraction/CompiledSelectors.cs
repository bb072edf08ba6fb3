using JobAggregator.Sources;

namespace JobAggregator.Scraper.Extraction;

/// <summary>A source's <see cref="SelectorSet"/> parsed once into <see cref="FieldSelector"/>s.</summary>
internal sealed class CompiledSelectors(SelectorSet set)
{
    public string? Item { get; } = set.Item;
    public bool OrganizationFromTitle { get; } = set.OrganizationFromTitle;
    public FieldSelector? Title { get; } = FieldSelector.Parse(set.Title);
    public FieldSelector? Link { get; } = FieldSelector.Parse(set.Link);
    public FieldSelector? Organization { get; } = FieldSelector.Parse(set.Organization);
    public FieldSelector? Location { get; } = FieldSelector.Parse(set.Location);
    public FieldSelector? EmploymentType { get; } = FieldSelector.Parse(set.EmploymentType);
    public FieldSelector? Salary { get; } = FieldSelector.Parse(set.Salary);
    public FieldSelector? DatePosted { get; } = FieldSelector.Parse(set.DatePosted);
    public FieldSelector? ValidThrough { get; } = FieldSelector.Parse(set.ValidThrough);
    public FieldSelector? Description { get; } = FieldSelector.Parse(set.Description);
    public FieldSelector? ApplyUrl { get; } = FieldSelector.Parse(set.ApplyUrl);
    public FieldSelector? NextPage { get; } = FieldSelector.Parse(set.NextPage);
}
