using System.Security.Cryptography;
using System.Text;
using JobAggregator.Text;

namespace JobAggregator.Sources.Organizations;

/// <summary>The product's one rule for organisation names, used where postings are normalised and where the API reads
/// a filter: a name folds to the form two spellings of it share ("Georgia Innocence Project, Inc.", "georgia innocence
/// project" and "The Georgia Innocence Project" all fold to "georgia innocence project"), and a name's slug is its id.
/// </summary>
public static class OrganizationNames
{
    // Legal forms and articles say nothing about which organisation it is.
    private static readonly HashSet<string> Noise = new(StringComparer.Ordinal)
    {
        "the", "inc", "incorporated", "ltd", "limited", "llc", "corp", "corporation", "pty", "plc", "cic", "asbl", "vzw",
        "stichting", "onlus", "aps", "ets",
    };

    /// <returns>Lower-case ASCII words separated by single spaces, "&amp;" read as "and"; empty when nothing is left.
    /// </returns>
    public static string Fold(string name)
    {
        var letters = new StringBuilder(name.Length);
        foreach (var character in name.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (character is '\'' or '’' or '‘' or 'ʻ' or '.')
            {
                // "Hawai'i" is "Hawaii", "U.S." is "US".
                continue;
            }

            var folded = LatinLetterFolding.Ascii(char.ToLowerInvariant(character));
            letters.Append(folded.All(char.IsLetterOrDigit) ? folded : " ");
        }

        return string.Join(' ', letters.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !Noise.Contains(word)));
    }

    /// <summary>The forms of a name worth looking up, most specific first: the whole name, the name before what it
    /// adds in brackets ("Korey Wise Innocence Project (KWIP), at Colorado Law"), and what it gives in brackets
    /// ("KWIP").</summary>
    /// <remarks>What follows a comma is not cut off: in "Innocence Project, New Orleans" it is what tells the
    /// organisation apart.</remarks>
    public static IEnumerable<string> Candidates(string name)
    {
        yield return name;
        var open = name.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : name.IndexOf(')', open);
        if (open > 0)
        {
            yield return name[..open];
        }

        if (close > open + 1)
        {
            yield return name[(open + 1)..close];
        }
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
