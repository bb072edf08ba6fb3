namespace JobAggregator.Sources;

/// <summary>Where each field of a posting sits on a page. A selector is CSS, optionally ending in <c>@attribute</c> to
/// read an attribute instead of the text (<c>time@datetime</c>), or <c>label:Text</c> to read the value beside a label
/// whose text is Text (a table header, a definition term, a bold lead-in).</summary>
public sealed record SelectorSet
{
    /// <summary>One element per posting on a listing page; absent on a detail page.</summary>
    public string? Item { get; init; }
    public string? Title { get; init; }

    /// <summary>The title reads "Title – Organization": split it at the last dash.</summary>
    public bool OrganizationFromTitle { get; init; }
    public string? Link { get; init; }
    public string? Organization { get; init; }
    public string? Location { get; init; }
    public string? EmploymentType { get; init; }
    public string? Salary { get; init; }
    public string? DatePosted { get; init; }
    public string? ValidThrough { get; init; }
    public string? Description { get; init; }
    public string? ApplyUrl { get; init; }

    /// <summary>The link to the next listing page.</summary>
    public string? NextPage { get; init; }
}
