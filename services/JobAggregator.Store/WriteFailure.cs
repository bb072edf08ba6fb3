using JobAggregator.Contracts;

namespace JobAggregator.Store;

/// <summary>One posting's write in a batch, as its failure or null, so one failing write does not end the batch.</summary>
internal static class WriteFailure
{
    /// <exception cref="ArgumentException">The posting lacks a field every store needs, named in the message.</exception>
    public static void ThrowIfIncomplete(PostingNormalized posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentException.ThrowIfNullOrWhiteSpace(posting.PostingKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(posting.SourceId);
        ArgumentNullException.ThrowIfNull(posting.Organization);
        ArgumentNullException.ThrowIfNull(posting.Location);
    }

    /// <summary>Why <see cref="ThrowIfIncomplete"/> refuses the posting; null when it does not.</summary>
    public static ArgumentException? OfIncomplete(PostingNormalized posting)
    {
        try
        {
            ThrowIfIncomplete(posting);
            return null;
        }
        catch (ArgumentException incomplete)
        {
            return incomplete;
        }
    }

    public static async Task<Exception?> OfAsync(Func<Task> write)
    {
        try
        {
            await write();
            return null;
        }
        catch (Exception failure)
        {
            return failure;
        }
    }
}
