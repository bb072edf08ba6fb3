namespace JobAggregator.Store.Lifecycle;

/// <summary>What a sighting does to a posting's status besides moving its last sighting.</summary>
internal enum PostingStatusChange
{
    None,

    /// <summary>A closed posting seen after the run that closed it started, and not past its closing date.</summary>
    Reopen,

    /// <summary>An open posting seen past its closing date.</summary>
    Expire,
}
