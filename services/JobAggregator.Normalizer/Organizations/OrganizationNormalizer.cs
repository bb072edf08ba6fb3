using System.Security.Cryptography;
using System.Text;
using JobAggregator.Contracts;
using JobAggregator.Normalizer.Text;
using JobAggregator.Text;

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
        var name = TextCleaner.Clean(organization) ?? TextCleaner.Clean(sourceOrganization);
        if (name is null)
        {
            return null;
        }

        return directory.Find(name) ?? new NormalizedOrganization(Slug(name), name);
    }

    /// <summary>"Innocence Project of Florida (IPF)" becomes "innocence-project-of-florida-ipf": lower-case ASCII
    /// letters and digits, accents dropped, "&amp;" read as "and", every other run of characters one hyphen. A name
    /// with no Latin letter at all (such as a Chinese one) gets "org-" and a hash of the name, still stable.</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var character in name.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (character is '\'' or '’')
            {
                continue;
            }

            var folded = LatinLetterFolding.Ascii(char.ToLowerInvariant(character));
            if (folded.All(char.IsAsciiLetterOrDigit))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(folded);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return slug.Length > 0
            ? slug.ToString()
            : "org-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..12];
    }
}
