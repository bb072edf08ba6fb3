using System.Collections.Frozen;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The language a short text is written in, told by its little words, month names and the words ads use for
/// their terms ("und", "unbefristet", "Januar"; "et", "durée", "janvier"): enough to tell an ad from its translation on
/// one page, not a detector for prose.</summary>
internal static class LanguageWords
{
    private static readonly (string Language, string[] Months, string[] Words)[] Languages =
    [
        ("en", ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["the", "and", "of", "for", "with", "to", "we", "you", "our", "is", "are", "full", "part", "time", "permanent", "closing", "apply", "by", "hours", "week"]),
        ("de", ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["und", "der", "die", "das", "mit", "für", "bis", "bei", "oder", "ein", "eine", "wir", "unbefristet", "befristet", "stellenantritt", "bewerbungsfrist", "teilzeit", "vollzeit", "stunden", "woche", "ab", "zum"]),
        ("fr", ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["le", "la", "les", "des", "du", "et", "en", "pour", "avec", "une", "nous", "vous", "durée", "indéterminée", "déterminée", "entrée", "fonction", "délai", "postulation", "temps", "plein", "partiel", "heures", "semaine", "au"]),
        ("es", ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["el", "en", "los", "las", "del", "para", "con", "una", "por", "tiempo", "completo", "parcial", "indefinido", "horas", "semana", "plazo", "cierre"]),
        ("it", ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["il", "gli", "della", "per", "con", "una", "tempo", "pieno", "determinato", "indeterminato", "ore", "settimana", "scadenza", "entro"]),
        ("nl", ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            ["het", "een", "en", "voor", "met", "van", "uur", "week", "onbepaalde", "bepaalde", "duur", "voltijds", "deeltijds", "tot", "wij", "je"]),
        ("ca", ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"],
            ["amb", "els", "fins", "hores", "setmanals", "setmana", "indefinit", "bruts", "anuals", "termini", "treball", "lloc", "retribució"]),
        ("pt", ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["os", "da", "do", "das", "dos", "para", "com", "uma", "tempo", "integral", "horas", "semanais", "prazo", "até"]),
    ];

    private static readonly FrozenDictionary<string, int> MonthNumbers = Languages
        .SelectMany(l => l.Months.Select((month, i) => (month, i + 1)))
        .DistinctBy(m => m.month)
        .ToFrozenDictionary(m => m.month, m => m.Item2, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string[]> LanguagesOfWord = Languages
        .SelectMany(l => l.Months.Concat(l.Words).Select(word => (word, l.Language)))
        .GroupBy(w => w.word, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.Select(w => w.Language).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The language most of the text's known words belong to ("en", "de", "fr", "es", "ca", "it", "nl", "pt"), counting
    /// a word shared by several languages for none; null when no language has more such words than every other. No
    /// one-letter word is listed: a title's gender endings ("Assistant·e", "Abogado/a") read as such words. "en" is as much
    /// Spanish and French as Dutch ("litigante en derechos humanos", "3 días en oficina"), so it counts for none.</summary>
    public static string? Of(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            if (LanguagesOfWord.TryGetValue(word, out var languages) && languages.Length == 1)
            {
                counts[languages[0]] = counts.GetValueOrDefault(languages[0]) + 1;
            }
        }

        var ranked = counts.OrderByDescending(c => c.Value).ToList();
        return ranked.Count > 0 && (ranked.Count == 1 || ranked[0].Value > ranked[1].Value) ? ranked[0].Key : null;
    }

    /// <summary>The numbers a date states, month names as their number, in order of size: "20. Januar 2027", "20 janvier
    /// 2027", "January 20, 2027" and "20.01.2027" all give 1, 20, 2027. Empty for a text holding no number.</summary>
    public static IReadOnlyList<int> DateNumbers(string date)
    {
        var numbers = new List<int>();
        foreach (var word in Words(date, digits: true))
        {
            if (int.TryParse(word, out var number) || MonthNumbers.TryGetValue(word, out number))
            {
                numbers.Add(number);
            }
        }

        numbers.Sort();
        return numbers;
    }

    /// <summary>The runs of letters, and with <paramref name="digits"/> the runs of digits, of a text.</summary>
    private static IEnumerable<string> Words(string text, bool digits = false)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (start >= 0 && (i == text.Length || Kind(text[i], digits) != Kind(text[start], digits)))
            {
                yield return text[start..i];
                start = -1;
            }

            if (start < 0 && i < text.Length && Kind(text[i], digits) != 0)
            {
                start = i;
            }
        }
    }

    private static int Kind(char c, bool digits) => char.IsLetter(c) ? 1 : digits && char.IsAsciiDigit(c) ? 2 : 0;
}
