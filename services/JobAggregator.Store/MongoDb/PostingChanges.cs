namespace JobAggregator.Store.MongoDb;

/// <summary>What changed between a stored posting and its new content, by the names of
/// <see cref="PostingRevision.ChangedFields"/>, in that order.</summary>
internal static class PostingChanges
{
    public static string[] Between(PostingDocument stored, PostingDocument content)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(content);

        var changed = new List<string>();
        Note("title", stored.Title == content.Title);
        Note("organization", stored.Organization.Id == content.Organization.Id && stored.Organization.Name == content.Organization.Name);
        Note("location", SameLocation(stored.Location, content.Location));
        Note("employmentType", stored.EmploymentType == content.EmploymentType);
        Note("salary", SameSalary(stored.Salary, content.Salary));
        Note("datePosted", stored.DatePosted == content.DatePosted);
        Note("validThrough", stored.ValidThrough == content.ValidThrough);
        Note("description", stored.DescriptionHtml == content.DescriptionHtml && stored.DescriptionText == content.DescriptionText);
        Note("url", stored.Url == content.Url);
        Note("applyUrl", stored.ApplyUrl == content.ApplyUrl);
        Note("categories", stored.Categories.SequenceEqual(content.Categories, StringComparer.Ordinal));
        Note("language", stored.Language == content.Language);
        Note("openUntilFilled", stored.OpenUntilFilled == content.OpenUntilFilled);
        Note("sourceOrganization", stored.SourceOrganizationId == content.SourceOrganizationId);
        Note("extractedBy", stored.ExtractedBy == content.ExtractedBy);
        return [.. changed];

        void Note(string field, bool same)
        {
            if (!same)
            {
                changed.Add(field);
            }
        }
    }

    private static bool SameLocation(PostingLocationDocument a, PostingLocationDocument b) =>
        a.Text == b.Text && a.City == b.City && a.Region == b.Region && a.Country == b.Country
        && a.Remote == b.Remote && a.Hybrid == b.Hybrid
        && a.OtherPlaces.Length == b.OtherPlaces.Length
        && a.OtherPlaces.Zip(b.OtherPlaces).All(p => p.First.City == p.Second.City
            && p.First.Region == p.Second.Region
            && p.First.Country == p.Second.Country);

    private static bool SameSalary(PostingSalaryDocument? a, PostingSalaryDocument? b) =>
        (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => x.Min == y.Min && x.Max == y.Max && x.Currency == y.Currency && x.Period == y.Period
                && x.Text == y.Text && x.AnnualMin == y.AnnualMin && x.AnnualMax == y.AnnualMax,
            _ => false,
        };
}
