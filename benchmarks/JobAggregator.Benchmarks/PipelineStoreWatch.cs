using System.Globalization;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Benchmarks;

/// <summary>Reads the Host's SQLite file from outside (read-only, beside the Host's writes in WAL mode): how many
/// postings are stored, and for each new one the time from its scrape (<c>first_seen</c>) to the poll that saw it.</summary>
internal sealed class PipelineStoreWatch(string databasePath)
{
    private readonly List<double> _lagMilliseconds = [];
    private long _lastSeq;

    public IReadOnlyList<double> LagMilliseconds => _lagMilliseconds;

    public long Stored { get; private set; }

    /// <summary>Counts the postings stored since the last poll and records their lag.</summary>
    public async Task PollNewAsync()
    {
        if (!File.Exists(databasePath))
        {
            return;
        }

        try
        {
            await using var connection = await OpenAsync();
            await using var select = connection.CreateCommand();
            select.CommandText = "SELECT seq, first_seen FROM postings WHERE seq > @last ORDER BY seq;";
            select.Parameters.AddWithValue("@last", _lastSeq);
            await using var reader = await select.ExecuteReaderAsync();
            var now = DateTimeOffset.UtcNow;
            while (await reader.ReadAsync())
            {
                _lastSeq = reader.GetInt64(0);
                Stored++;
                var scraped = DateTimeOffset.ParseExact(reader.GetString(1), "O", CultureInfo.InvariantCulture, DateTimeStyles.None);
                _lagMilliseconds.Add((now - scraped).TotalMilliseconds);
            }
        }
        catch (SqliteException)
        {
            // The schema is still being created.
        }
    }

    /// <summary>Postings last seen at or after <paramref name="since"/>: the ones a re-read has reached.</summary>
    public async Task<long> SeenSinceAsync(DateTimeOffset since)
    {
        await using var connection = await OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT COUNT(*) FROM postings WHERE last_seen >= @since;";
        select.Parameters.AddWithValue("@since", since.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        return (long)(await select.ExecuteScalarAsync())!;
    }

    /// <summary>The database with its write-ahead log.</summary>
    public long SizeBytes() =>
        new[] { databasePath, databasePath + "-wal" }.Where(File.Exists).Sum(path => new FileInfo(path).Length);

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
