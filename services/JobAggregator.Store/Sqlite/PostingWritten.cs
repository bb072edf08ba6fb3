namespace JobAggregator.Store.Sqlite;

/// <summary>What writing one posting did, as its batch's openings need it.</summary>
/// <param name="Recluster">The organisations whose openings the write changed.</param>
/// <param name="Inserted">The posting was new: it has no title keys yet to take out (<see cref="SqliteOpenings"/>).</param>
internal readonly record struct PostingWritten(IReadOnlyList<string> Recluster, bool Inserted);
