using JobAggregator.Contracts;
using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Openings;

/// <summary>The one posting shown for an opening: the primary as it is, with what it lacks taken from the other
/// postings of the opening.</summary>
public static class OpeningMerger
{
    /// <param name="membersPrimaryFirst">The opening's postings in <see cref="OpeningCluster.PostingIds"/> order: the
    /// primary first, then the others, the better ones first.</param>
    /// <param name="mergeReason">The opening's <see cref="OpeningCluster.MergeReason"/>.</param>
    /// <returns>The primary's identity (id, source, title, organisation, status, dates seen), with every field it lacks
    /// (location parts, employment type, pay, posting and closing dates, apply link, language, link when it has none)
    /// filled from the other postings in order, the longest description of all, the categories of all, and the others
    /// listed in <see cref="StoredPosting.AlsoSeenAt"/>.</returns>
    public static StoredPosting Merge(IReadOnlyList<StoredPosting> membersPrimaryFirst, string? mergeReason)
    {
        ArgumentNullException.ThrowIfNull(membersPrimaryFirst);
        if (membersPrimaryFirst.Count == 0)
        {
            throw new ArgumentException("An opening has at least one posting.", nameof(membersPrimaryFirst));
        }

        var primary = membersPrimaryFirst[0];
        var contents = membersPrimaryFirst.Select(member => member.Content).ToList();
        var others = membersPrimaryFirst.Skip(1).ToList();
        var posted = primary.Content.DatePosted is null
            ? others.FirstOrDefault(other => other.Content.DatePosted is not null)
            : null;
        var description = contents.MaxBy(member => member.DescriptionText?.Length ?? 0)!;
        if (description.DescriptionText is null && primary.Content.DescriptionHtml is null)
        {
            description = contents.Skip(1).FirstOrDefault(other => other.DescriptionHtml is not null) ?? primary.Content;
        }

        return primary with
        {
            Content = primary.Content with
            {
                Location = MergeLocation(primary.Content.Location, contents.Skip(1).Select(other => other.Location)),
                EmploymentType = FirstText(contents, member => member.EmploymentType),
                Salary = MergeSalary(contents),
                DatePosted = posted?.Content.DatePosted ?? primary.Content.DatePosted,
                ValidThrough = contents.Select(member => member.ValidThrough).FirstOrDefault(date => date is not null),
                OpenUntilFilled = contents.Any(member => member.OpenUntilFilled),
                DescriptionHtml = description.DescriptionHtml,
                DescriptionText = description.DescriptionText,
                Url = FirstText(contents, member => member.Url),
                ApplyUrl = FirstText(contents, member => member.ApplyUrl),
                Language = FirstText(contents, member => member.Language),
                Categories = MergeCategories(contents),
            },
            DatePostedSuspect = posted?.DatePostedSuspect ?? primary.DatePostedSuspect,
            ClusterId = OpeningClusterIds.For(membersPrimaryFirst.Select(member => (member.Id, member.FirstSeen))),
            MergeReason = membersPrimaryFirst.Count > 1 ? mergeReason : null,
            AlsoSeenAt = others
                .Select(other => new SeenElsewhere(other.Id, other.Content.SourceId, other.Content.Url, other.Status))
                .ToList(),
        };
    }

    private static string? FirstText(IReadOnlyList<PostingNormalized> members, Func<PostingNormalized, string?> field) =>
        members.Select(field).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    /// <summary>Pay with figures beats pay in words only ("competitive"), which beats none.</summary>
    private static NormalizedSalary? MergeSalary(IReadOnlyList<PostingNormalized> members) =>
        members.Select(member => member.Salary)
            .FirstOrDefault(salary => salary is { Min: not null } or { Max: not null })
        ?? members.Select(member => member.Salary).FirstOrDefault(salary => salary is not null);

    /// <summary>A primary that says nothing of the place takes the first other's whole location; otherwise each part
    /// it lacks comes from the first other whose stated parts agree with it, so a city is never put in another
    /// country.</summary>
    private static NormalizedLocation MergeLocation(NormalizedLocation primary, IEnumerable<NormalizedLocation> others)
    {
        var merged = primary;
        foreach (var other in others)
        {
            if (IsEmpty(merged))
            {
                merged = other;
                continue;
            }

            if (!Agree(merged.Country, other.Country) || !Agree(merged.Region, other.Region)
                || !Agree(merged.City, other.City))
            {
                continue;
            }

            merged = merged with
            {
                Text = string.IsNullOrWhiteSpace(merged.Text) ? other.Text : merged.Text,
                City = merged.City ?? other.City,
                Region = merged.Region ?? other.Region,
                Country = merged.Country ?? other.Country,
                OtherPlaces = merged.OtherPlaces.Count > 0 ? merged.OtherPlaces : other.OtherPlaces,
            };
        }

        return merged;
    }

    private static bool IsEmpty(NormalizedLocation location) =>
        string.IsNullOrWhiteSpace(location.Text) && location.City is null && location.Region is null
        && location.Country is null && !location.Remote && !location.Hybrid && location.OtherPlaces.Count == 0;

    private static bool Agree(string? first, string? second) =>
        first is null || second is null || string.Equals(first, second, StringComparison.OrdinalIgnoreCase);

    /// <summary>Every member's categories, the primary's first; "other" only when none fits better.</summary>
    private static List<string> MergeCategories(IReadOnlyList<PostingNormalized> members)
    {
        var categories = members.SelectMany(member => member.Categories).Distinct(StringComparer.Ordinal).ToList();
        return categories.Count > 1
            ? categories.Where(category => category != PostingCategories.Other).ToList()
            : categories;
    }
}
