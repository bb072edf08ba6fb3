namespace JobAggregator.Contracts;

/// <summary>Where the job is: the first place named, plus any others.</summary>
/// <param name="Country">ISO 3166-1 alpha-2.</param>
/// <param name="Remote">The work can be done remotely; <see cref="Country"/> then bounds where from, when stated
/// ("Remote - US").</param>
public sealed record NormalizedLocation(string? Text, string? City, string? Region, string? Country, bool Remote)
{
    /// <summary>Part in the office, part remote.</summary>
    public bool Hybrid { get; init; }

    /// <summary>The further places of a posting that names several.</summary>
    public IReadOnlyList<NormalizedPlace> OtherPlaces { get; init; } = [];
}
