namespace JobAggregator.Store.Openings;

/// <summary>A candidate with its title read once.</summary>
internal sealed record ReadCandidate(OpeningCandidate Candidate, OpeningTitle Title);
