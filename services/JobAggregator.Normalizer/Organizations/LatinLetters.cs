namespace JobAggregator.Normalizer.Organizations;

/// <summary>Accented Latin letters as plain ASCII, for slugs.</summary>
/// <remarks>A table rather than Unicode decomposition: with invariant globalisation string normalisation leaves
/// "é" whole.</remarks>
internal static class LatinLetters
{
    private static readonly Dictionary<char, string> Plain = Build(
        ("a", "àáâãäåāăą"), ("ae", "æ"), ("c", "çćčĉċ"), ("d", "ďđð"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"),
        ("h", "ĥħ"), ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"),
        ("o", "òóôõöøōŏő"), ("oe", "œ"), ("r", "ŕŗř"), ("s", "śŝşš"), ("ss", "ß"), ("t", "ţťŧ"), ("th", "þ"),
        ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"));

    /// <param name="lowerCase">A lower-case character.</param>
    /// <returns>Its plain ASCII letters, or the character itself when it has none.</returns>
    public static string Fold(char lowerCase) =>
        Plain.TryGetValue(lowerCase, out var plain) ? plain : lowerCase.ToString();

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
