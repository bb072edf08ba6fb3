namespace JobAggregator.Normalizer.Dates;

/// <summary>Month names and their usual abbreviations in English, Spanish, French, Italian, Dutch and German.</summary>
/// <remarks>Bundled rather than taken from CultureInfo: the services run with invariant globalisation.</remarks>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Months = Build(
        (1, ["january", "jan", "enero", "ene", "janvier", "janv", "gennaio", "gen", "januari", "januar", "jänner"]),
        (2, ["february", "feb", "febr", "febrero", "février", "fevrier", "févr", "fevr", "fév", "fev", "febbraio", "februari", "februar"]),
        (3, ["march", "mar", "marzo", "mars", "maart", "mrt", "märz", "maerz", "marz", "mär", "mrz"]),
        (4, ["april", "apr", "abril", "abr", "avril", "avr", "aprile"]),
        (5, ["may", "mayo", "mai", "maggio", "mag", "mei"]),
        (6, ["june", "jun", "junio", "juin", "giugno", "giu", "juni"]),
        (7, ["july", "jul", "julio", "juillet", "juil", "luglio", "lug", "juli"]),
        (8, ["august", "aug", "agosto", "ago", "août", "aout", "augustus"]),
        (9, ["september", "sep", "sept", "septiembre", "setiembre", "set", "septembre", "settembre"]),
        (10, ["october", "oct", "octubre", "octobre", "ottobre", "ott", "oktober", "okt"]),
        (11, ["november", "nov", "noviembre", "novembre"]),
        (12, ["december", "dec", "diciembre", "dic", "décembre", "decembre", "déc", "dicembre", "dezember", "dez"]));

    /// <returns>1 to 12, or null when the word names no month.</returns>
    public static int? Find(string word) =>
        Months.TryGetValue(word.TrimEnd('.'), out var month) ? month : null;

    private static Dictionary<string, int> Build(params (int Month, string[] Names)[] months)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (month, names) in months)
        {
            foreach (var name in names)
            {
                byName.Add(name, month);
            }
        }

        return byName;
    }
}
