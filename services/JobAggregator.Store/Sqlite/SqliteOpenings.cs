using JobAggregator.Store.Openings;
using JobAggregator.Store.Postings;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>Keeps each posting's place in its opening (cluster id, rank, merge reason) in step with the clusterer, one
/// organisation at a time, inside the write that changed it.</summary>
internal static class SqliteOpenings
{
    // has_salary: pay stated at all, figures or words, as OpeningCandidate.HasSalary asks.
    private const string CandidatesSql = """
        SELECT id, source_id, organization_id, title, url, date_posted, valid_through, first_seen, last_seen, status,
               source_organization_id, length(COALESCE(description_text, '')) AS description_length, has_salary,
               (location_city IS NOT NULL OR location_region IS NOT NULL OR location_country IS NOT NULL) AS has_location,
               cluster_id, cluster_rank, merge_reason
        FROM postings
        WHERE organization_id = @organization_id AND last_seen >= @since;
        """;

    // A posting that drops out of the window stands alone again.
    private const string ReleaseOutsideWindowSql = """
        UPDATE postings SET cluster_id = NULL, cluster_rank = 0, merge_reason = NULL
        WHERE organization_id = @organization_id AND last_seen < @since
          AND (cluster_id IS NOT NULL OR cluster_rank <> 0 OR merge_reason IS NOT NULL);
        """;

    private const string PlaceSql = """
        UPDATE postings SET cluster_id = @cluster_id, cluster_rank = @cluster_rank, merge_reason = @merge_reason
        WHERE id = @id;
        """;

    /// <summary>Clusters again every organisation named, as of <paramref name="at"/>; writes only the postings whose
    /// place changed.</summary>
    public static async Task RecomputeAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IEnumerable<string> organizationIds,
        DateTimeOffset at,
        CancellationToken ct)
    {
        var since = SqliteValues.Instant(at - OpeningClusterer.Window);
        foreach (var organizationId in organizationIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await using (var release = connection.Command(ReleaseOutsideWindowSql, transaction)
                .With("@organization_id", organizationId)
                .With("@since", since))
            {
                await release.ExecuteNonQueryAsync(ct);
            }

            var (candidates, placed) = await ReadCandidatesAsync(connection, transaction, organizationId, since, ct);
            foreach (var opening in OpeningClusterer.Cluster(candidates))
            {
                for (var rank = 0; rank < opening.PostingIds.Count; rank++)
                {
                    var id = opening.PostingIds[rank];
                    var place = new Place(opening.ClusterId, rank, opening.MergeReason);
                    if (placed[id] == place)
                    {
                        continue;
                    }

                    await using var update = connection.Command(PlaceSql, transaction)
                        .With("@id", id)
                        .With("@cluster_id", place.ClusterId)
                        .With("@cluster_rank", place.Rank)
                        .With("@merge_reason", place.MergeReason);
                    await update.ExecuteNonQueryAsync(ct);
                }
            }
        }
    }

    /// <summary>Clusters every organisation as of its latest sighting.</summary>
    public static async Task RecomputeAllAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        var latest = new List<(string OrganizationId, DateTimeOffset LastSeen)>();
        await using (var select = connection.Command(
            "SELECT organization_id, MAX(last_seen) AS last_seen FROM postings GROUP BY organization_id;", transaction))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                latest.Add((reader.GetString("organization_id"), SqliteValues.ParseInstant(reader.GetString("last_seen"))));
            }
        }

        foreach (var (organizationId, lastSeen) in latest)
        {
            await RecomputeAsync(connection, transaction, [organizationId], lastSeen, ct);
        }
    }

    private static async Task<(List<OpeningCandidate> Candidates, Dictionary<string, Place> Placed)> ReadCandidatesAsync(
        SqliteConnection connection, SqliteTransaction transaction, string organizationId, string since, CancellationToken ct)
    {
        var candidates = new List<OpeningCandidate>();
        var placed = new Dictionary<string, Place>(StringComparer.Ordinal);
        await using var select = connection.Command(CandidatesSql, transaction)
            .With("@organization_id", organizationId)
            .With("@since", since);
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetString("id");
            var organization = reader.GetString("organization_id");
            candidates.Add(new OpeningCandidate(
                id,
                reader.GetString("source_id"),
                organization,
                reader.GetString("title"),
                reader.GetStringOrNull("url"),
                reader.GetStringOrNull("date_posted") is { } posted ? SqliteValues.ParseDate(posted) : null,
                reader.GetStringOrNull("valid_through") is { } through ? SqliteValues.ParseDate(through) : null,
                SqliteValues.ParseInstant(reader.GetString("first_seen")),
                SqliteValues.ParseInstant(reader.GetString("last_seen")),
                reader.GetString("status") == SqliteValues.Closed ? PostingStatus.Closed : PostingStatus.Open,
                string.Equals(reader.GetStringOrNull("source_organization_id"), organization, StringComparison.Ordinal),
                (int)reader.GetInt64("description_length"),
                reader.GetInt64("has_salary") != 0,
                reader.GetInt64("has_location") != 0));
            placed[id] = new Place(
                reader.GetStringOrNull("cluster_id"), (int)reader.GetInt64("cluster_rank"), reader.GetStringOrNull("merge_reason"));
        }

        return (candidates, placed);
    }

    private sealed record Place(string? ClusterId, int Rank, string? MergeReason);
}
