namespace JobAggregator.Store.Postings;

/// <summary>One change of a posting's content.</summary>
/// <param name="ChangedFields">What changed, by name: title, organization, location, employmentType, salary, datePosted,
/// validThrough, description, url, applyUrl, categories, language.</param>
public sealed record PostingRevision(DateTimeOffset At, IReadOnlyList<string> ChangedFields, Guid ScrapeRunId);
