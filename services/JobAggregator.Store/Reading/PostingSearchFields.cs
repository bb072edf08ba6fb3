using JobAggregator.Contracts;
using JobAggregator.Store.Lifecycle;
using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Reading;

/// <summary>The values that filters and sorts match on, derived from a posting's content and its first sighting, the
/// same for every store.</summary>
/// <param name="OrganizationId">Folded with <see cref="MatchText.Fold"/>, as are the other text values.</param>
/// <param name="LocationSearch">Every part of the location, folded, one per line so a substring never spans two parts.
/// </param>
/// <param name="AnnualPay">The yearly pay the salary filter and sort use: the top of the range, else its bottom.</param>
/// <param name="DatePostedSuspect">See <see cref="PostingDates.IsSuspect"/>.</param>
/// <param name="EffectivePosted">See <see cref="PostingDates.EffectivePosted"/>.</param>
/// <param name="RemoteOrHybrid">What the remote filter matches.</param>
internal sealed record PostingSearchFields(
    string OrganizationId,
    string OrganizationName,
    string LocationSearch,
    string? EmploymentType,
    string? Country,
    string? Language,
    bool RemoteOrHybrid,
    decimal? AnnualPay,
    bool DatePostedSuspect,
    DateOnly EffectivePosted)
{
    public static PostingSearchFields Of(StoredPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        return Of(posting.Content, posting.FirstSeen);
    }

    public static PostingSearchFields Of(PostingNormalized posting, DateTimeOffset firstSeen)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var (organization, location, salary) = (posting.Organization, posting.Location, posting.Salary);
        return new(
            MatchText.Fold(organization.Id),
            MatchText.Fold(organization.Name),
            string.Join('\n', new[] { location.Text, location.City, location.Region, location.Country }
                .Where(part => !string.IsNullOrWhiteSpace(part))
                .Select(part => MatchText.Fold(part!))),
            posting.EmploymentType is { } employmentType ? MatchText.Fold(employmentType) : null,
            location.Country is { } country ? MatchText.Fold(country) : null,
            posting.Language is { } language ? MatchText.Fold(language) : null,
            location.Remote || location.Hybrid,
            salary?.AnnualMax ?? salary?.AnnualMin,
            PostingDates.IsSuspect(posting.DatePosted, firstSeen),
            PostingDates.EffectivePosted(posting.DatePosted, firstSeen));
    }
}
