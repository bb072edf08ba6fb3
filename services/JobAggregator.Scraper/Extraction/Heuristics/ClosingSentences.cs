using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A closing date stated once for a page's openings: in the paragraph right after a list's last block ("Reageren
/// kan tot en met 10 januari 2027 via …" after a paragraph per vacancy), or in the paragraph after the last opening's
/// list ("<h4>Abogado/a defensor/a</h4><ul>…</ul><h4>Asistente administrativo/a</h4><ul>…</ul><p>Interesados enviar CV
/// a … antes del 31 de enero de 2027.</p>"), which stands in the last opening's facts but speaks to every applicant.</summary>
internal static class ClosingSentences
{
    /// <summary>The closing date the paragraph right after a list's last block states; null when it states none.</summary>
    public static string? AfterLastBlock(IElement? lastBlock) =>
        lastBlock?.NextElementSibling is { LocalName: "p" } paragraph && PlainText.Of(paragraph) is { } text ? ProseFields.ClosingDate(text) : null;

    /// <summary>The openings, each closing on <paramref name="listsClosing"/>'s date when none states a date of its own.</summary>
    public static List<PostingDraft> DatingEvery(List<PostingDraft> openings, Func<string?> listsClosing) =>
        openings.TrueForAll(d => d.ValidThrough is null) && listsClosing() is { } closing
            ? openings.ConvertAll(d => d with { ValidThrough = closing })
            : openings;

    /// <summary>The date of a run of facts ending in a list and then a paragraph that speaks to every applicant
    /// (<see cref="ProseFields.AddressesAllApplicants"/>) and states a closing date, when the run states none before it.</summary>
    public static string? ToAllAfterList(IReadOnlyList<IElement> run) =>
        run is [.., { LocalName: "ul" or "ol" }, { LocalName: "p" } paragraph]
        && PlainText.Of(paragraph) is { } text && ProseFields.AddressesAllApplicants(text)
        && BlockFields.ReadRun(run.Take(run.Count - 1).ToList()).ValidThrough is null
            ? ProseFields.ClosingDate(text)
            : null;

    /// <summary>The openings, each closing on <paramref name="lastRunsClosing"/>'s date when no opening but the last states
    /// a date of its own.</summary>
    public static List<PostingDraft> DatingAll(List<PostingDraft> openings, Func<string?> lastRunsClosing) =>
        openings.Count > 1 && openings.Take(openings.Count - 1).All(d => d.ValidThrough is null) && lastRunsClosing() is { } closing
            ? openings.ConvertAll(d => d with { ValidThrough = closing })
            : openings;
}
