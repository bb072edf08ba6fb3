namespace JobAggregator.Normalizer.Locations;

/// <summary>A town written after its name in another language ("Ōtautahi Christchurch", "Kirikiriroa Hamilton",
/// "Te Whanganui-a-Tara Wellington", as New Zealand writes te reo Māori and English names side by side): the town the
/// gazetteer knows at the end of the place, where the words before it are a name of their own.</summary>
/// <remarks>Words that make another town of the town after them ("West Sacramento", "North Vancouver", "Bad Homburg",
/// "San Pedro", "Nieuw-Vennep") and the first words of the gazetteer's own names ("New Haven", "Palm Beach") are no name
/// of their own, nor is a town, region, country or institution, so those places keep their whole name.</remarks>
internal static class DualPlaceNames
{
    private static readonly HashSet<string> TownMakingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower", "Central", "Inner",
        "Outer", "Old", "New", "Little", "Great", "Greater", "Grand", "Royal", "Port", "Fort", "Mount", "Mt", "Lake", "Point",
        "Palm", "Glen", "Cape", "Bay", "Saint", "St", "Ste", "Nord", "Süd", "Sud", "Ost", "Ober", "Unter", "Nieder", "Alt", "Neu",
        "Bad", "Sankt", "Groß", "Gross", "Klein", "Noord", "Zuid", "Oost", "Nieuw", "Oud", "Sint", "Sainte", "Haut", "Haute", "Bas",
        "Basse", "Petit", "Vieux", "Nouveau", "Mont", "Val", "San", "Santa", "Santo", "São", "Sao", "Nueva", "Nuevo", "Nova",
        "Novo", "Puerto", "Porto", "Villa", "Vila", "Ciudad", "Cidade", "Alto", "Bajo", "Monte", "Isla", "Playa", "Praia",
        "Valle", "Vale", "Borgo", "Castel", "Sesto", "Marina", "Lido",
    };

    /// <summary>The town after another name of it in <paramref name="name"/>, in <paramref name="country"/> when one is
    /// known; the name itself when it is not written so.</summary>
    public static string TownIn(string name, string? country)
    {
        if (!name.Contains(' ', StringComparison.Ordinal) || Gazetteer.Find(name, country) is not null)
        {
            return name;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return name;
        }

        // The longest known town at the end, so "Tāmaki Makaurau Auckland" is tried as "Makaurau Auckland" first.
        for (var split = 1; split < words.Length; split++)
        {
            var town = string.Join(' ', words[split..]);
            if (Gazetteer.Find(town, country) is { } known && string.Equals(known.Name, town, StringComparison.OrdinalIgnoreCase)
                && (country is null || known.Country == country))
            {
                return IsNameOfItsOwn(words[..split], country) ? town : name;
            }
        }

        return name;
    }

    private static bool IsNameOfItsOwn(string[] words, string? country)
    {
        var name = string.Join(' ', words);
        return Array.TrueForAll(words, word => char.IsUpper(word[0]) && !word.Any(char.IsDigit)
                && !TownMakingWords.Contains(word.TrimEnd('.')) && !Gazetteer.StartsAName(word))
            && Gazetteer.Find(name, country) is null && Subdivisions.Find(name, country) is null && Countries.Find(name) is null
            && !PlaceNames.IsInstitution(name);
    }
}
