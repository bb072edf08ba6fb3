namespace JobAggregator.Store.Openings;

/// <summary>Accented Latin letters as plain ASCII, so "Coordinación" and "Coordinacion" are one word.</summary>
/// <remarks>A table rather than Unicode decomposition: with invariant globalisation string normalisation leaves
/// "é" whole. The normalizer keeps the same table for slugs; the store does not reference the normalizer.</remarks>
internal static class TitleLetters
{
    private static readonly Dictionary<char, string> Plain = Build(
        ("a", "àáâãäåāăą"), ("ae", "æ"), ("c", "çćčĉċ"), ("d", "ďđð"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"),
        ("h", "ĥħ"), ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"),
        ("o", "òóôõöøōŏő"), ("oe", "œ"), ("r", "ŕŗř"), ("s", "śŝşš"), ("ss", "ß"), ("t", "ţťŧ"), ("th", "þ"),
        ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"));

    /// <returns>The character in lower case with its accents dropped.</returns>
    public static string Fold(char character)
    {
        var lower = char.ToLowerInvariant(character);
        return Plain.TryGetValue(lower, out var plain) ? plain : lower.ToString();
    }

    private static Dictionary<char, string> Build(params (string Plain, string Accented)[] letters)
    {
        var table = new Dictionary<char, string>();
        foreach (var (plain, accented) in letters)
        {
            foreach (var letter in accented)
            {
                table.Add(letter, plain);
            }
        }

        return table;
    }
}
