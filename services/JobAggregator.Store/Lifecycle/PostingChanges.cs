using JobAggregator.Contracts;
using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Lifecycle;

/// <summary>Names what a new version of a posting changed, for its revision; the names are those of
/// <see cref="PostingRevision.ChangedFields"/>, in a fixed order.</summary>
internal static class PostingChanges
{
    public static IReadOnlyList<string> Between(PostingNormalized stored, PostingNormalized incoming)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(incoming);

        var changed = new List<string>();
        void Note(string field, bool differs)
        {
            if (differs)
            {
                changed.Add(field);
            }
        }

        Note("title", !string.Equals(stored.Title, incoming.Title, StringComparison.Ordinal));
        Note("organization", stored.Organization != incoming.Organization);
        Note("location", !SameLocation(stored.Location, incoming.Location));
        Note("employmentType", !string.Equals(stored.EmploymentType, incoming.EmploymentType, StringComparison.Ordinal));
        Note("salary", stored.Salary != incoming.Salary);
        Note("datePosted", stored.DatePosted != incoming.DatePosted);
        Note("validThrough", stored.ValidThrough != incoming.ValidThrough);
        Note(
            "description",
            !string.Equals(stored.DescriptionHtml, incoming.DescriptionHtml, StringComparison.Ordinal)
            || !string.Equals(stored.DescriptionText, incoming.DescriptionText, StringComparison.Ordinal));
        Note("url", !string.Equals(stored.Url, incoming.Url, StringComparison.Ordinal));
        Note("applyUrl", !string.Equals(stored.ApplyUrl, incoming.ApplyUrl, StringComparison.Ordinal));
        Note("categories", !stored.Categories.SequenceEqual(incoming.Categories, StringComparer.Ordinal));
        Note("language", !string.Equals(stored.Language, incoming.Language, StringComparison.Ordinal));
        Note("openUntilFilled", stored.OpenUntilFilled != incoming.OpenUntilFilled);
        Note(
            "sourceOrganization",
            !string.Equals(stored.SourceOrganizationId, incoming.SourceOrganizationId, StringComparison.Ordinal));
        Note("extractedBy", !string.Equals(stored.ExtractedBy, incoming.ExtractedBy, StringComparison.Ordinal));
        return changed;
    }

    // The record's own equality compares OtherPlaces by reference.
    private static bool SameLocation(NormalizedLocation a, NormalizedLocation b) =>
        string.Equals(a.Text, b.Text, StringComparison.Ordinal)
        && string.Equals(a.City, b.City, StringComparison.Ordinal)
        && string.Equals(a.Region, b.Region, StringComparison.Ordinal)
        && string.Equals(a.Country, b.Country, StringComparison.Ordinal)
        && a.Remote == b.Remote
        && a.Hybrid == b.Hybrid
        && a.OtherPlaces.SequenceEqual(b.OtherPlaces);
}
