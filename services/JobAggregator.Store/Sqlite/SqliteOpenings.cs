using JobAggregator.Store.Openings;
using JobAggregator.Store.Postings;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>Keeps each posting's place in its opening (cluster id, rank, merge reason) in step with the clusterer, inside
/// the write that changed it.</summary>
/// <remarks>The clusterer joins only postings that are the same opening (<see cref="OpeningMatch"/>), so its openings
/// never cross the groups of postings linked by such pairs, and each group's openings depend on that group alone. A
/// write therefore clusters again only the groups around what it changed: the changed postings, the postings that shared
/// an opening with them or with a posting leaving the window, and every posting linked to those, found through the
/// index of title keys (<see cref="OpeningTitleKeys"/>), not by reading the whole organisation.</remarks>
internal static class SqliteOpenings
{
    // has_salary: pay stated at all, figures or words, as OpeningCandidate.HasSalary asks.
    private const string CandidateColumns = """
        SELECT id, source_id, organization_id, title, url, date_posted, valid_through, first_seen, last_seen, status,
               source_organization_id, length(COALESCE(description_text, '')) AS description_length, has_salary,
               (location_city IS NOT NULL OR location_region IS NOT NULL OR location_country IS NOT NULL) AS has_location,
               cluster_id, cluster_rank, merge_reason
        FROM postings
        """;

    private const string OrganizationCandidatesSql = CandidateColumns + " WHERE organization_id = @organization_id AND last_seen >= @since;";

    private const string CandidatesByIdSql = CandidateColumns + " WHERE id IN (SELECT value FROM json_each(@ids)) AND last_seen >= @since;";

    private static readonly string ClusterMatesSql =
        $"{CandidateColumns} WHERE {SqliteOpeningMembers.SeqIn("postings", "SELECT value FROM json_each(@cluster_ids)")} AND last_seen >= @since;";

    private const string LeavingWindowSql = """
        SELECT DISTINCT cluster_id FROM postings
        WHERE organization_id = @organization_id AND last_seen < @since AND cluster_id IS NOT NULL;
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

    private const string ChangedSql = "SELECT id, seq, organization_id, title, cluster_id FROM postings WHERE id IN (SELECT value FROM json_each(@ids));";

    // The keys point at their posting's seq (schema step 12), which only grows, so a new posting's keys are appended to
    // the index by posting rather than written all over it.
    private const string DeleteKeysSql = "DELETE FROM opening_title_keys WHERE posting_seq = @posting_seq;";

    private const string InsertKeySql = """
        INSERT OR IGNORE INTO opening_title_keys (organization_id, key, posting_seq) VALUES (@organization_id, @key, @posting_seq);
        """;

    // Postings of the seeking posting's own source are left out here, as OpeningMatch leaves them out: on one
    // organisation's large board every title key is shared by many postings of that one source, and handing each back
    // to be read and compared was most of the openings' upkeep.
    private const string LinkedByKeysSql = """
        SELECT p.id FROM opening_title_keys k JOIN postings p ON p.seq = k.posting_seq
        WHERE k.organization_id = @organization_id AND k.key IN (SELECT value FROM json_each(@keys)) AND p.source_id <> @source_id
        UNION
        SELECT p.id FROM opening_title_keys k JOIN postings p ON p.seq = k.posting_seq
        WHERE k.organization_id = @organization_id AND k.key >= @from AND k.key < @before AND p.source_id <> @source_id;
        """;

    /// <summary>Indexes the titles of <paramref name="changedPostingIds"/> again and clusters again, as of
    /// <paramref name="at"/>, the postings whose openings they may change (also in <paramref name="organizationIds"/>,
    /// the organisations they left); writes only the postings whose place changed.</summary>
    /// <param name="insertedPostingIds">Those of <paramref name="changedPostingIds"/> inserted by this write: postings are
    /// never deleted, so these have no title keys to take out before theirs are written.</param>
    /// <returns>How many postings were read as candidates.</returns>
    public static async Task<int> RecomputeAroundAsync(
        SqliteReusedCommands commands,
        IReadOnlyCollection<string> changedPostingIds,
        IReadOnlySet<string> insertedPostingIds,
        IEnumerable<string> organizationIds,
        DateTimeOffset at,
        CancellationToken ct)
    {
        var since = SqliteValues.Instant(at - OpeningClusterer.Window);
        var organizations = new SortedSet<string>(organizationIds, StringComparer.Ordinal);
        var clusters = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<(string Id, long Seq, string OrganizationId, string Title)>();
        await using (var reader = await commands.For(ChangedSql).With("@ids", Json(changedPostingIds)).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                changed.Add((reader.GetString("id"), reader.GetInt64(1), reader.GetString("organization_id"), reader.GetString("title")));
                organizations.Add(reader.GetString("organization_id"));
                if (reader.GetStringOrNull("cluster_id") is { } clusterId)
                {
                    clusters.Add(clusterId);
                }
            }
        }

        foreach (var (id, seq, organizationId, title) in changed)
        {
            await IndexTitleAsync(commands, seq, organizationId, title, mayHaveKeys: !insertedPostingIds.Contains(id), ct);
        }

        foreach (var organizationId in organizations)
        {
            await using (var reader = await commands.For(LeavingWindowSql)
                .With("@organization_id", organizationId)
                .With("@since", since)
                .ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    clusters.Add(reader.GetString(0));
                }
            }

            await commands.For(ReleaseOutsideWindowSql)
                .With("@organization_id", organizationId)
                .With("@since", since)
                .ExecuteNonQueryAsync(ct);
        }

        var known = new Dictionary<string, Stored>(StringComparer.Ordinal);
        var seeds = new List<Stored>();
        foreach (var stored in await ReadAsync(commands, CandidatesByIdSql, "@ids", changedPostingIds, since, ct))
        {
            known.Add(stored.Read.Candidate.PostingId, stored);
            seeds.Add(stored);
        }

        foreach (var stored in await ReadAsync(commands, ClusterMatesSql, "@cluster_ids", clusters, since, ct))
        {
            if (known.TryAdd(stored.Read.Candidate.PostingId, stored))
            {
                seeds.Add(stored);
            }
        }

        var group = await LinkedAsync(commands, seeds, known, since, ct);
        foreach (var organization in group.GroupBy(stored => stored.Read.Candidate.OrganizationId, StringComparer.Ordinal))
        {
            await PlaceAsync(commands, organization.ToList(), ct);
        }

        return known.Count;
    }

    /// <summary>Clusters every organisation as of its latest sighting, reading each whole.</summary>
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
            var since = SqliteValues.Instant(lastSeen - OpeningClusterer.Window);
            await using (var release = connection.Command(ReleaseOutsideWindowSql, transaction)
                .With("@organization_id", organizationId)
                .With("@since", since))
            {
                await release.ExecuteNonQueryAsync(ct);
            }

            var all = new List<Stored>();
            await using (var select = connection.Command(OrganizationCandidatesSql, transaction)
                .With("@organization_id", organizationId)
                .With("@since", since))
            await using (var reader = await select.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    all.Add(Read(reader));
                }
            }

            await using var commands = new SqliteReusedCommands(connection, transaction);
            await PlaceAsync(commands, all, ct);
        }
    }

    /// <summary>Indexes the title of every stored posting (a file made before the index existed).</summary>
    public static async Task IndexAllTitlesAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        var postings = new List<(long Seq, string OrganizationId, string Title)>();
        await using (var select = connection.Command("SELECT seq, organization_id, title FROM postings;", transaction))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                postings.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        await using var commands = new SqliteReusedCommands(connection, transaction);
        foreach (var (seq, organizationId, title) in postings)
        {
            await IndexTitleAsync(commands, seq, organizationId, title, mayHaveKeys: true, ct);
        }
    }

    private static async Task IndexTitleAsync(
        SqliteReusedCommands commands, long postingSeq, string organizationId, string title, bool mayHaveKeys, CancellationToken ct)
    {
        if (mayHaveKeys)
        {
            await commands.For(DeleteKeysSql).With("@posting_seq", postingSeq).ExecuteNonQueryAsync(ct);
        }

        var insert = commands.For(InsertKeySql)
            .With("@organization_id", organizationId)
            .With("@posting_seq", postingSeq)
            .With("@key", "");
        foreach (var key in OpeningTitleKeys.Indexed(KnownOpeningTitles.Read(title, organizationId)))
        {
            insert.Parameters["@key"].Value = key;
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The seeds and every posting linked to them, directly or through others: whole groups of linked
    /// postings, each posting read at most once (<paramref name="known"/>).</summary>
    private static async Task<List<Stored>> LinkedAsync(
        SqliteReusedCommands commands,
        List<Stored> seeds,
        Dictionary<string, Stored> known,
        string since,
        CancellationToken ct)
    {
        var group = new HashSet<string>(seeds.Select(seed => seed.Read.Candidate.PostingId), StringComparer.Ordinal);
        var queue = new Queue<Stored>(seeds);
        var result = new List<Stored>(seeds);
        while (queue.TryDequeue(out var next))
        {
            var title = next.Read.Title;
            var keys = OpeningTitleKeys.Sought(title);
            if (keys.Count == 0)
            {
                continue;
            }

            var range = OpeningTitleKeys.SoughtRange(title);
            var ids = new List<string>();
            await using (var reader = await commands.For(LinkedByKeysSql)
                .With("@organization_id", next.Read.Candidate.OrganizationId)
                .With("@source_id", next.Read.Candidate.SourceId)
                .With("@keys", Json(keys))
                .With("@from", range?.From)
                .With("@before", range?.Before)
                .ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    ids.Add(reader.GetString(0));
                }
            }

            var unread = ids.Where(id => !known.ContainsKey(id)).ToList();
            foreach (var stored in await ReadAsync(commands, CandidatesByIdSql, "@ids", unread, since, ct))
            {
                known.Add(stored.Read.Candidate.PostingId, stored);
            }

            foreach (var id in ids)
            {
                if (known.TryGetValue(id, out var other) && !group.Contains(id) && OpeningMatch.Of(next.Read, other.Read) is not null)
                {
                    group.Add(id);
                    queue.Enqueue(other);
                    result.Add(other);
                }
            }
        }

        return result;
    }

    private static async Task PlaceAsync(SqliteReusedCommands commands, List<Stored> postings, CancellationToken ct)
    {
        var placed = postings.ToDictionary(stored => stored.Read.Candidate.PostingId, stored => stored.Place, StringComparer.Ordinal);
        foreach (var opening in OpeningClusterer.ClusterRead(postings.Select(stored => stored.Read).ToList()))
        {
            for (var rank = 0; rank < opening.PostingIds.Count; rank++)
            {
                var id = opening.PostingIds[rank];
                var place = new Place(opening.ClusterId, rank, opening.MergeReason);
                if (placed[id] == place)
                {
                    continue;
                }

                await commands.For(PlaceSql)
                    .With("@id", id)
                    .With("@cluster_id", place.ClusterId)
                    .With("@cluster_rank", place.Rank)
                    .With("@merge_reason", place.MergeReason)
                    .ExecuteNonQueryAsync(ct);
            }
        }
    }

    private static async Task<List<Stored>> ReadAsync(
        SqliteReusedCommands commands,
        string sql,
        string parameter,
        IReadOnlyCollection<string> values,
        string since,
        CancellationToken ct)
    {
        var result = new List<Stored>();
        if (values.Count == 0)
        {
            return result;
        }

        await using var reader = await commands.For(sql)
            .With(parameter, Json(values))
            .With("@since", since)
            .ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    private static Stored Read(SqliteDataReader reader)
    {
        var organization = reader.GetString("organization_id");
        var candidate = new OpeningCandidate(
            reader.GetString("id"),
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
            reader.GetInt64("has_location") != 0);
        return new Stored(
            new ReadCandidate(candidate, KnownOpeningTitles.Read(candidate.Title, organization)),
            new Place(reader.GetStringOrNull("cluster_id"), (int)reader.GetInt64("cluster_rank"), reader.GetStringOrNull("merge_reason")));
    }

    private static string Json(IEnumerable<string> values) => System.Text.Json.JsonSerializer.Serialize(values);

    private sealed record Place(string? ClusterId, int Rank, string? MergeReason);

    private sealed record Stored(ReadCandidate Read, Place Place);
}
