using JobAggregator.Contracts;

namespace JobAggregator.Store.Sqlite;

/// <summary>A posting with what its write needs worked out before the one writer takes its batch: its categories and its
/// title read for the openings (<see cref="KnownOpeningTitles"/>, which keeps it). The writer's serial work bounds a
/// first import, so this is done on the consumer's thread, while the writer is still busy with the batch before.
/// </summary>
/// <remarks>Only what is small or kept anyway: the columns' values (the content's JSON above all) were worked out here
/// too, but held through the wait for the writer they outlived the young generation, and a first import's peak RSS
/// rose by about 40 MB (20,000 postings on one board) for no CPU saved.</remarks>
internal sealed class SqlitePreparedPosting
{
    private SqlitePreparedPosting(PostingNormalized posting)
    {
        Posting = posting;
        Categories = SqliteValues.Json(posting.Categories);
        OnlyCategory = posting.Categories.Distinct(StringComparer.Ordinal).Take(2).ToList() is [var only] ? only : null;
        KnownOpeningTitles.Read(posting.Title, posting.Organization.Id);
    }

    public PostingNormalized Posting { get; }

    /// <summary>The categories as the JSON array the statements read them from.</summary>
    public string Categories { get; }

    /// <summary>The posting's one category, when it has only one (most do): a new posting's is then inserted as a plain
    /// row, without reading <see cref="Categories"/> through <c>json_each</c> and <c>DISTINCT</c>.</summary>
    public string? OnlyCategory { get; }

    /// <summary>Prepares every posting not failed yet; one that cannot be prepared fails alone, as it would have in its
    /// savepoint.</summary>
    /// <returns>The prepared postings, null where <paramref name="failures"/> holds a failure.</returns>
    public static SqlitePreparedPosting?[] PrepareAll(IReadOnlyList<PostingNormalized> postings, Exception?[] failures)
    {
        var prepared = new SqlitePreparedPosting?[postings.Count];
        for (var i = 0; i < postings.Count; i++)
        {
            if (failures[i] is not null)
            {
                continue;
            }

            try
            {
                prepared[i] = new SqlitePreparedPosting(postings[i]);
            }
            catch (Exception failure)
            {
                failures[i] = failure;
            }
        }

        return prepared;
    }
}
