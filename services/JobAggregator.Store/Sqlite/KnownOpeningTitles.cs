using System.Collections.Concurrent;
using JobAggregator.Store.Openings;

namespace JobAggregator.Store.Sqlite;

/// <summary>The titles the writer has read lately (<see cref="OpeningTitle.Read"/>), kept by title and organisation:
/// a batch reads again, as opening candidates, every stored posting whose title shares a key with a new one, so the
/// same titles are read batch after batch. An <see cref="OpeningTitle"/> is immutable, so one is shared by every store
/// of the process. Past <see cref="Capacity"/> entries it starts over empty.</summary>
internal static class KnownOpeningTitles
{
    public const int Capacity = 16_384;

    private static readonly ConcurrentDictionary<(string Title, string OrganizationId), OpeningTitle> Titles = new();

    /// <summary>Entries added since the last start over, roughly: <c>Titles.Count</c> takes every lock of the dictionary,
    /// which the consumers preparing batches (<see cref="SqlitePreparedPosting"/>) and the writer then wait on.</summary>
    private static int _added;

    public static OpeningTitle Read(string title, string organizationId)
    {
        if (Titles.TryGetValue((title, organizationId), out var known))
        {
            return known;
        }

        var read = OpeningTitle.Read(title, organizationId);
        if (Titles.TryAdd((title, organizationId), read) && Interlocked.Increment(ref _added) > Capacity)
        {
            Interlocked.Exchange(ref _added, 0);
            Titles.Clear();
        }

        return read;
    }
}
