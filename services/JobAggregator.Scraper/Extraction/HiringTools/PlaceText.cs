namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>A posting's location text built from an API's parts.</summary>
internal static class PlaceText
{
    /// <summary>"City, Region, Country" from the parts that are present, each once.</summary>
    public static string? Join(params string?[] parts)
    {
        var present = new List<string>();
        foreach (var part in parts)
        {
            var trimmed = part?.Trim();
            if (!string.IsNullOrEmpty(trimmed) && !present.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
            {
                present.Add(trimmed);
            }
        }

        return present.Count == 0 ? null : string.Join(", ", present);
    }

    /// <summary>Several places, each once.</summary>
    public static string? Several(IEnumerable<string?> places)
    {
        var distinct = places.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return distinct.Count == 0 ? null : string.Join("; ", distinct);
    }

    /// <summary>The place with the tool's remote flag made visible: a posting draft has only text, so "Remote" stands
    /// alone when there is no place and follows one that does not already say so.</summary>
    public static string? WithRemote(string? place, bool remote)
    {
        if (!remote)
        {
            return place;
        }

        if (string.IsNullOrWhiteSpace(place))
        {
            return "Remote";
        }

        return place.Contains("remote", StringComparison.OrdinalIgnoreCase) ? place : $"{place} (Remote)";
    }
}
