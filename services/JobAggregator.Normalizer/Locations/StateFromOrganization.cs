using JobAggregator.Contracts;

namespace JobAggregator.Normalizer.Locations;

/// <summary>A US town named without its state ("Rocky Hill") in a posting of an organisation whose name holds a state
/// ("Connecticut Division of Public Defender Services", "Ohio Public Defender"): a state agency or a state's project
/// works in its own state, so the town is taken to be there.</summary>
internal static class StateFromOrganization
{
    private const int LongestStateNameWords = 3;

    public static NormalizedLocation Complete(NormalizedLocation location, string? country, string? organization)
    {
        if (location is not { City: not null, Region: null } || country != "US" || string.IsNullOrWhiteSpace(organization))
        {
            return location;
        }

        var words = organization.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = Math.Min(LongestStateNameWords, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                // Only a state's whole name counts, capitalised: "IN" or "or" in a name is no state.
                var part = string.Join(' ', words, start, length);
                if (char.IsUpper(part[0]) && Subdivisions.Find(part, country) is { Country: "US" } state
                    && string.Equals(state.Name, part, StringComparison.OrdinalIgnoreCase))
                {
                    return location with { Region = state.Code };
                }
            }
        }

        return location;
    }
}
