using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A recruitment procedure that is over: its results or final list are out ("Lista de ordenação final homologada
/// (PDF)", "Resultados finales", "Graduatoria finale", "Résultats définitifs", "Final results", "Shortlist published") or it
/// says it is concluded ("Procedimento concluído", "Proceso concluido", "Procédure close", "Procedura conclusa"). Public
/// bodies list such procedures beside their open ones, or on a results page of their own: a finished item, not an
/// opening. Asked only of the rows and blocks of a listing a shape has already chosen.</summary>
internal static partial class FinishedProcedures
{
    /// <summary>A marker stands in a link to the list, a badge or a status line; a longer text is an ad's sentence
    /// ("A lista de ordenação final será publicada no sítio…"), which says what will happen to an open procedure.</summary>
    private const int MaxMarkerLength = 80;

    /// <summary>Whether a short text of the row or block, text node by text node, marks its procedure finished.</summary>
    public static bool Marks(IElement item)
    {
        foreach (var text in item.Descendants<IText>())
        {
            if (Marks(text.Data))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a short text marks a finished procedure.</summary>
    public static bool Marks(string? text) =>
        PlainText.Collapse(text) is { Length: <= MaxMarkerLength } line && FinishedMarker().IsMatch(line) && !FutureTense().IsMatch(line);

    [GeneratedRegex("""
        (?<![\p{L}])(?:lista\ (?:de\ )?ordena[çc][ãa]o\ final|procedimento\ (?:concursal\ )?(?:conclu[íi]do|encerrado|terminado)|resultados?\ finais|
        resultados?\ final(?:es)?|(?:proceso|procedimiento|concurso)(?:\ de\ selecci[óo]n)?\ (?:concluido|finalizado|terminado|declarado\ desierto)|
        r[ée]sultats?\ (?:d[ée]finitifs?|finaux|de\ la\ s[ée]lection|du\ (?:concours|recrutement))|proc[ée]dure\ (?:close|cl[ôo]tur[ée]e|termin[ée]e)|
        graduatori[ae]\ (?:finale?|definitiv[ae])|esito\ (?:finale|della\ (?:selezione|procedura)|del\ concorso)|procedura\ (?:conclusa|chiusa)|
        final\ results?|shortlist\ (?:has\ been\ |is\ )?published|(?:recruitment|selection)\ (?:process\ )?(?:completed|concluded)|
        selectieprocedure\ afgerond|auswahlverfahren\ abgeschlossen)(?![\p{L}])|
        ^(?:esito|graduatoria|r[ée]sultats?)$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex FinishedMarker();

    [GeneratedRegex(@"(?<![\p{L}])(?:ser[áa]n?|ser[ãa]o|will|seront?|sar[àa]|saranno|wird|werden|zal|zullen)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureTense();
}
