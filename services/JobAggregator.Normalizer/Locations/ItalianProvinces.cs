namespace JobAggregator.Normalizer.Locations;

/// <summary>The two-letter codes of Italy's provinces and metropolitan cities, which Italian pages write in brackets
/// after a town ("Casalecchio di Reno (BO)", "Imola (BO)", "Sesto San Giovanni (MI)"): a part of the address that names
/// no town, as a French department's number does not.</summary>
internal static class ItalianProvinces
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "AG", "AL", "AN", "AO", "AP", "AQ", "AR", "AT", "AV", "BA", "BG", "BI", "BL", "BN", "BO", "BR", "BS", "BT", "BZ",
        "CA", "CB", "CE", "CH", "CL", "CN", "CO", "CR", "CS", "CT", "CZ", "EN", "FC", "FE", "FG", "FI", "FM", "FR", "GE",
        "GO", "GR", "IM", "IS", "KR", "LC", "LE", "LI", "LO", "LT", "LU", "MB", "MC", "ME", "MI", "MN", "MO", "MS", "MT",
        "NA", "NO", "NU", "OR", "PA", "PC", "PD", "PE", "PG", "PI", "PN", "PO", "PR", "PT", "PU", "PV", "PZ", "RA", "RC",
        "RE", "RG", "RI", "RM", "RN", "RO", "SA", "SI", "SO", "SP", "SR", "SS", "SU", "SV", "TA", "TE", "TN", "TO", "TP",
        "TR", "TS", "TV", "UD", "VA", "VB", "VC", "VE", "VI", "VR", "VT", "VV",
    };

    /// <summary>Whether the part is a province's code on a page from Italy (<paramref name="country"/> "IT").</summary>
    public static bool IsCode(string part, string? country) => country == "IT" && Codes.Contains(part);
}
