using JobAggregator.Contracts;

namespace JobAggregator.Store.Sqlite;

/// <summary>A posting with what its write needs worked out before the one writer takes its batch: the columns it is
/// inserted with (the content's JSON above all), its categories and its title read for the openings
/// (<see cref="KnownOpeningTitles"/>, which keeps it). The one writer bounds a first import, so what needs no database
/// is done on the consumer's thread, while the writer is still busy with the batch before.</summary>
internal sealed class SqlitePreparedPosting
{
    private SqlitePreparedPosting(PostingNormalized posting)
    {
        Posting = posting;
        InsertedColumns = SqlitePostingColumns.ValuesOf(posting, posting.ScrapedAt);
        Categories = SqliteValues.Json(posting.Categories);
        OnlyCategory = posting.Categories.Distinct(StringComparer.Ordinal).Take(2).ToList() is [var only] ? only : null;
        KnownOpeningTitles.Read(posting.Title, posting.Organization.Id);
    }

    public PostingNormalized Posting { get; }

    /// <summary>The column values of the posting as a new one, first seen at its sighting
    /// (<see cref="SqlitePostingColumns.ValuesOf"/>); a revision keeps its first sighting and works its own out.</summary>
    public object?[] InsertedColumns { get; }

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
