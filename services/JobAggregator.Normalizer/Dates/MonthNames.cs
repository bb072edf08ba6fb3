namespace JobAggregator.Normalizer.Dates;

/// <summary>Month names and their usual abbreviations in English, Spanish, Catalan, French, Italian, Dutch, German and Portuguese,
/// and in Polish (the genitive of dates, "31 marca", and the nominative), Swedish and Danish.</summary>
/// <remarks>Bundled rather than taken from CultureInfo: the services run with invariant globalisation.</remarks>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Months = Build(
        (1, ["january", "jan", "enero", "ene", "janvier", "janv", "gennaio", "gen", "januari", "januar", "jänner", "janeiro", "stycznia", "styczeń", "styczen", "gener"]),
        (2, ["february", "feb", "febr", "febrero", "février", "fevrier", "févr", "fevr", "fév", "fev", "febbraio", "februari", "februar", "fevereiro", "lutego", "luty", "febrer"]),
        (3, ["march", "mar", "marzo", "mars", "maart", "mrt", "märz", "maerz", "marz", "mär", "mrz", "março", "marco", "marca", "marzec", "marts", "març"]),
        (4, ["april", "apr", "abril", "abr", "avril", "avr", "aprile", "kwietnia", "kwiecień", "kwiecien"]),
        (5, ["may", "mayo", "mai", "maggio", "mag", "mei", "maio", "maja", "maj", "maig"]),
        (6, ["june", "jun", "junio", "juin", "giugno", "giu", "juni", "junho", "czerwca", "czerwiec", "juny"]),
        (7, ["july", "jul", "julio", "juillet", "juil", "luglio", "lug", "juli", "julho", "lipca", "lipiec", "juliol"]),
        (8, ["august", "aug", "agosto", "ago", "août", "aout", "augustus", "sierpnia", "sierpień", "sierpien", "augusti", "agost"]),
        (9, ["september", "sep", "sept", "septiembre", "setiembre", "set", "septembre", "settembre", "setembro", "września", "wrzesnia", "wrzesień", "wrzesien", "setembre"]),
        (10, ["october", "oct", "octubre", "octobre", "ottobre", "ott", "oktober", "okt", "outubro", "out", "października", "pazdziernika", "październik", "pazdziernik"]),
        (11, ["november", "nov", "noviembre", "novembre", "novembro", "listopada", "listopad"]),
        (12, ["december", "dec", "diciembre", "dic", "décembre", "decembre", "déc", "dicembre", "dezember", "dez", "dezembro", "grudnia", "grudzień", "grudzien", "desembre"]));

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
