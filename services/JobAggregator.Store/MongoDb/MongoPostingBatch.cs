using JobAggregator.Contracts;
using JobAggregator.Store.Lifecycle;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>What one bulk write does for a batch of postings, decided by <see cref="PostingLifecycle"/> from the states
/// read for the whole batch at once: an insert for each new posting, a conditional sighting for each unchanged one
/// (under the version read, as <see cref="MongoPostingCommands.Unchanged"/>), nothing for an older or redelivered one.
/// A revision (it reads the stored content for its history) and the second sighting of a key in the same batch are
/// written alone, after the bulk write, by the one-posting path.</summary>
internal static class MongoPostingBatch
{
    /// <param name="Index">The posting's place in the batch.</param>
    /// <param name="Write">Its part of the bulk write; null when it needs none or is written <paramref name="Alone"/>.
    /// </param>
    /// <param name="Recluster">The organisations whose openings change once it is written.</param>
    internal sealed record Step(int Index, WriteModel<PostingDocument>? Write, bool Alone, IReadOnlyCollection<string> Recluster);

    public static IReadOnlyList<Step> Plan(
        IReadOnlyList<PostingNormalized> postings, IReadOnlyDictionary<string, PostingStateDocument> states)
    {
        ArgumentNullException.ThrowIfNull(postings);
        ArgumentNullException.ThrowIfNull(states);

        var steps = new List<Step>(postings.Count);
        var planned = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < postings.Count; i++)
        {
            var posting = postings[i];
            if (!planned.Add(posting.PostingKey))
            {
                steps.Add(new Step(i, null, Alone: true, []));
                continue;
            }

            var existing = states.GetValueOrDefault(posting.PostingKey);
            var decision = PostingLifecycle.Decide(existing?.ToLifecycleState(), posting);
            steps.Add(existing is null
                ? new Step(i, new InsertOneModel<PostingDocument>(PostingDocument.Create(posting)), Alone: false, decision.ReclusterOrganizations)
                : decision.Write switch
                {
                    PostingWrite.IgnoreOlder => new Step(i, null, Alone: false, []),
                    PostingWrite.MarkSeen or PostingWrite.IgnoreRedelivery => new Step(
                        i,
                        decision.Write == PostingWrite.MarkSeen
                            ? new UpdateOneModel<PostingDocument>(
                                MongoPostingCommands.Unchanged(existing), MongoPostingCommands.MarkSeen(MongoValues.Instant(posting.ScrapedAt), decision))
                            : null,
                        Alone: false,
                        // A redelivery after a writer stopped before clustering the posting clusters it now.
                        decision.ReclusterOrganizations.Count == 0 && existing.NeverClustered
                            ? [posting.Organization.Id]
                            : decision.ReclusterOrganizations),
                    _ => new Step(i, null, Alone: true, []),
                });
        }

        return steps;
    }
}
