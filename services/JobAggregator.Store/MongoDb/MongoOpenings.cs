using JobAggregator.Store.Openings;
using MongoDB.Bson;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>Keeps each organisation's postings clustered into openings: after a write that can change them, the
/// organisation's recent postings are clustered again and each posting's cluster, primary flag, place and merge reason
/// stored.</summary>
/// <remarks>
/// Two replicas recomputing one organisation at once, each from its own read, may each write their result; the later
/// write wins posting by posting, so the clusters can mix both results until the next write to that organisation
/// recomputes them from what is stored. That is accepted: clustering only decides what a search shows, both results
/// are close to each other (they differ by one concurrent write), and preventing it would take a lock or a transaction
/// around every write of an organisation's postings.
/// </remarks>
internal sealed class MongoOpenings(MongoStoreDatabase database)
{
    private static FilterDefinitionBuilder<PostingDocument> Filter => Builders<PostingDocument>.Filter;

    /// <summary>The organisation's postings last seen since <paramref name="since"/>, in key order, as the clusterer
    /// needs them.</summary>
    public static PipelineDefinition<PostingDocument, OpeningCandidateDocument> Candidates(string organizationId, DateTime since) =>
        new EmptyPipelineDefinition<PostingDocument>()
            .Match(Filter.Eq(p => p.Content.Organization.Id, organizationId) & Filter.Gte(p => p.LastSeen, since))
            .Project<PostingDocument, PostingDocument, OpeningCandidateDocument>(new BsonDocument
            {
                { "sourceId", 1 },
                { "content.organization.id", 1 },
                { "content.title", 1 },
                { "content.url", 1 },
                { "content.datePosted", 1 },
                { "content.validThrough", 1 },
                { "firstSeen", 1 },
                { "lastSeen", 1 },
                { "status", 1 },
                { "content.sourceOrganizationId", 1 },
                { "content.salary.min", 1 },
                { "content.salary.max", 1 },
                { "content.location.city", 1 },
                { "content.location.region", 1 },
                { "content.location.country", 1 },
                { "clusterId", 1 },
                { "primary", 1 },
                { "clusterPosition", 1 },
                { "clusterSize", 1 },
                { "mergeReason", 1 },
                { "descriptionLength", new BsonDocument("$strLenCP", new BsonDocument("$ifNull", new BsonArray { "$content.descriptionText", "" })) },
            })
            .Sort(Builders<OpeningCandidateDocument>.Sort.Ascending(c => c.Id));

    /// <summary>The organisation's postings last seen before <paramref name="since"/> that still share a cluster.</summary>
    public static FilterDefinition<PostingDocument> ClusteredOutsideWindow(string organizationId, DateTime since) =>
        Filter.Eq(p => p.Content.Organization.Id, organizationId) & Filter.Lt(p => p.LastSeen, since) & Filter.Gt(p => p.ClusterSize, 1);

    /// <summary>A posting that dropped out of the window stands alone again: the same title posted after that long is
    /// a new opening.</summary>
    public static UpdateDefinition<PostingDocument> Release { get; } = Builders<PostingDocument>.Update
        .Set(p => p.ClusterId, null)
        .Set(p => p.Primary, true)
        .Set(p => p.ClusterPosition, 0)
        .Set(p => p.ClusterSize, 1)
        .Set(p => p.MergeReason, null);

    /// <summary>Stores a posting's place in its cluster.</summary>
    public static UpdateDefinition<PostingDocument> Assign(OpeningCluster cluster, int position)
    {
        ArgumentNullException.ThrowIfNull(cluster);

        return Builders<PostingDocument>.Update
            .Set(p => p.ClusterId, cluster.ClusterId)
            .Set(p => p.Primary, position == 0)
            .Set(p => p.ClusterPosition, position)
            .Set(p => p.ClusterSize, cluster.PostingIds.Count)
            .Set(p => p.MergeReason, cluster.MergeReason);
    }

    /// <summary>The writes that bring the stored clusters of <paramref name="candidates"/> to
    /// <paramref name="clusters"/>: none for a posting whose cluster fields are already right, so recomputing an
    /// unchanged organisation writes nothing.</summary>
    public static List<WriteModel<PostingDocument>> Assignments(
        IReadOnlyList<OpeningCandidateDocument> candidates, IReadOnlyList<OpeningCluster> clusters)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(clusters);

        var stored = candidates.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var writes = new List<WriteModel<PostingDocument>>();
        foreach (var cluster in clusters)
        {
            for (var position = 0; position < cluster.PostingIds.Count; position++)
            {
                var id = cluster.PostingIds[position];
                if (stored.TryGetValue(id, out var current)
                    && current.ClusterId == cluster.ClusterId
                    && current.Primary == (position == 0)
                    && current.ClusterPosition == position
                    && current.ClusterSize == cluster.PostingIds.Count
                    && current.MergeReason == cluster.MergeReason)
                {
                    continue;
                }

                writes.Add(new UpdateOneModel<PostingDocument>(MongoPostingCommands.PostingById(id), Assign(cluster, position)));
            }
        }

        return writes;
    }

    public async Task RecomputeAsync(IEnumerable<string> organizationIds, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(organizationIds);

        var since = at - OpeningClusterer.Window;
        foreach (var organizationId in organizationIds.Distinct(StringComparer.Ordinal))
        {
            await database.Postings.UpdateManyAsync(ClusteredOutsideWindow(organizationId, since), Release, cancellationToken: ct);
            var candidates = await (await database.Postings.AggregateAsync(Candidates(organizationId, since), cancellationToken: ct))
                .ToListAsync(ct);
            if (candidates.Count == 0)
            {
                continue;
            }

            var clusters = OpeningClusterer.Cluster(candidates.ConvertAll(c => c.ToCandidate()));
            var writes = Assignments(candidates, clusters);
            if (writes.Count > 0)
            {
                await database.Postings.BulkWriteAsync(writes, new BulkWriteOptions { IsOrdered = false }, ct);
            }
        }
    }
}
