using System.Text.RegularExpressions;

using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Extraction;

/// <summary>The sentence of an ad that states its pay, for postings with no pay field or line: many boards, feeds,
/// schema.org postings and small organisations' pages write pay only in the description ("Salary range: $68,000 –
/// $76,000 CAD per year", "a full-time position with a salary of $58,000 to $64,000 per year", "Das monatliche
/// Mindestentgelt beträgt € 3.120 brutto"), and the normalizer
/// reads pay only from the salary fields.</summary>
internal static partial class PayInText
{
    private const string Blocks = "p, li, td, dd, h1, h2, h3, h4, h5, h6";

    /// <summary>Stands for a <c>&lt;br&gt;</c> in a block's text: a line of its own, never found in a page's words.</summary>
    private const char LineBreak = '\u2028';

    /// <summary>The first sentence naming pay with an amount in a currency, or null. A line ends at a <c>&lt;br&gt;</c> as a
    /// sentence does: "Salary: £32k–£36k pro rata&lt;br&gt;Hours: 30 hours per week" states a year's pay, not a week's.</summary>
    public static string? Sentence(string? html)
    {
        if (string.IsNullOrWhiteSpace(html) || !Amount().IsMatch(html))
        {
            return null;
        }

        var document = ApiHtml.Parse(html);
        if (document.Body is not { } body)
        {
            return null;
        }

        foreach (var lineBreak in body.QuerySelectorAll("br").ToList())
        {
            lineBreak.Replace(document.CreateTextNode(LineBreak.ToString()));
        }

        var blocks = body.QuerySelectorAll(Blocks).Select(b => b.TextContent).DefaultIfEmpty(body.TextContent);
        return blocks
            .SelectMany(text => text.Split(LineBreak))
            .Select(text => Whitespace().Replace(text, " ").Trim())
            .SelectMany(text => SentenceEnd().Split(text))
            .FirstOrDefault(sentence => PayWord().IsMatch(sentence) && Amount().IsMatch(sentence));
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:salary|salaries|pay|wages?|compensation|stipend|remuneration|rémunération|salaire|sueldo|salario|remuneración|retribución|retribuzione|stipendio|RAL|salaris|vergoeding|stagevergoeding|stagiairsvergoeding|\p{L}*gehalt|\p{L}*entgelt|brutto|vergütung|praktikumsverg[üu]tung|praktikumsentsch[äa]digung|ausbildungsverg[üu]tung|indemnit[ée]\s+de\s+stage|gratification\s+de\s+stage|indennit[àa]\s+(?:di\s+tirocinio|mensile)|bolsa[-\s]aux[íi]lio|ayuda\s+econ[óo]mica|hourly|per\s+(?:hour|year|annum|month|week)|taux\s+horaire|salaire\s+horaire|tarif\s+horaire|de\s+l['’]heure|stundenlohn|stundensatz|uurloon|uurtarief|paga\s+oraria|retribuzione\s+oraria|tarifa\s+por\s+hora|valor\s+(?:da\s+)?hora|bruts?\s+annuels?|brutos?\s+anuales|honorari(?:os|o|i)|honoraires?|por\s+hora|wynagrodzenie|sal[áa]rio|remunera[çc][ãa]o)(?![\p{L}])|給与|給料|時給|月給|年収|賃金|报酬|薪资|薪酬|工资|月薪|时薪|年薪",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayWord();

    [GeneratedRegex(@"[$€£¥₹]\s?\d|\d[\d.,\u00A0\u202F ]*(?:\s|&nbsp;)?(?:[$€£¥₹]|\b(?:USD|CAD|AUD|NZD|EUR|GBP|CHF|ZAR|ARS|TWD|MXN|BRL|SEK|NOK|DKK|JPY|INR)\b)|\b(?:USD|CAD|AUD|NZD|EUR|GBP|CHF|ZAR|ARS|TWD|MXN|BRL|SEK|NOK|DKK|JPY|INR)\s?\d|\d\s?万?\s?[円元]|R\$\s?\d|(?<![\p{L}])S/\.?\s?\d")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
