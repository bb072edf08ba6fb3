namespace JobAggregator.Store.Lifecycle;

/// <summary>What a sighting writes to the stored posting.</summary>
internal enum PostingWrite
{
    /// <summary>The posting is new.</summary>
    Insert,

    /// <summary>Older than the last sighting, whose content is stored: it must neither roll content back nor reopen.
    /// </summary>
    IgnoreOlder,

    /// <summary>The last sighting delivered again: no new sighting, nothing to write.</summary>
    IgnoreRedelivery,

    /// <summary>Same content: only the sighting (and a status change) is written.</summary>
    MarkSeen,

    /// <summary>A changed content hash: the content is replaced, <c>updated</c> set and a revision recorded.</summary>
    Revise,
}
