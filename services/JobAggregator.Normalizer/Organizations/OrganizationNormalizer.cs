using JobAggregator.Contracts;
using JobAggregator.Normalizer.Text;
using JobAggregator.Sources.Organizations;

namespace JobAggregator.Normalizer.Organizations;

/// <summary>The organisation a posting belongs to, with a stable id made from its name: the directory's canonical
/// organisation when the name is one of its names or aliases, else the name as written.</summary>
internal static class OrganizationNormalizer
{
    /// <param name="organization">The organisation the posting names.</param>
    /// <param name="sourceOrganization">The organisation the source belongs to, used when the posting names none.</param>
    /// <param name="directory">The network's organisations and their aliases.</param>
    /// <returns>Null when neither names one.</returns>
    public static NormalizedOrganization? Normalize(string? organization, string? sourceOrganization, OrganizationDirectory directory)
    {
        var name = TextCleaner.Clean(organization, FieldLimits.Organization) ?? TextCleaner.Clean(sourceOrganization, FieldLimits.Organization);
        if (name is null)
        {
            return null;
        }

        return directory.Find(name) ?? new NormalizedOrganization(OrganizationNames.Slug(name), name);
    }
}
