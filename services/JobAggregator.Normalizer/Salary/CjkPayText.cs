using System.Globalization;
using System.Text.RegularExpressions;
using JobAggregator.Normalizer.Text;

namespace JobAggregator.Normalizer.Salary;

/// <summary>Japanese and Chinese pay ("時給1,200円～1,500円", "月給25万円〜30万円", "月薪8000-12000元", "年薪15万元") written the
/// way the parser reads pay in other languages: 万 multiplied out (ten thousand), 円 and 元 as currency codes, the period
/// words (時給/时薪 hourly, 日薪 and "/天" daily, 月給/月薪 monthly, 年収/年薪 yearly...) as English ones and ～/至/到 as a dash; a ～ or 以上 with no
/// second amount after it is an open end ("時給1,150円〜" is 1,150 or more, as "月薪 38,000 元起" is 38,000 or more); 元 is the
/// yuan but on a Taiwanese or Hong Kong page (or beside 新台幣), where it is the unit of the local dollar.</summary>
internal static partial class CjkPayText
{
    private static readonly (Regex Words, string Period)[] Periods =
    [
        (HourWords(), " per hour "),
        (DayWords(), " per day "),
        (WeekWords(), " per week "),
        (MonthWords(), " per month "),
        (YearWords(), " per year "),
    ];

    /// <summary>The text rewritten, or the text itself when it has no Han or kana.</summary>
    /// <param name="countryHint">Decides whether a bare ¥ is the yen (the default) or the yuan (CN).</param>
    public static string Rewrite(string text, string? countryHint)
    {
        if (string.Equals(countryHint?.Trim(), "CN", StringComparison.OrdinalIgnoreCase))
        {
            // Mainland ads write monthly pay in thousands with no unit or period ("8K-12K", "10-15K·13薪": thirteen
            // such months a year), so a bare range of thousands there is monthly yuan.
            text = ThousandsRange().Replace(text, "${range} CNY per month ");
        }

        if (!Cjk().IsMatch(text))
        {
            return text;
        }

        var rewritten = FullWidth.Fold(text).Replace('￥', '¥');
        rewritten = TenThousands().Replace(rewritten, m =>
            (decimal.Parse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture) * 10_000m)
            .ToString("0.##", CultureInfo.InvariantCulture));
        // "時給1,150円〜", "月給25万円～" (a full-width tilde, folded to "~" above), "月薪8000元以上": an open end after the
        // amount is "1,150+" as "$36,000+" is.
        rewritten = OpenEnd().Replace(rewritten, "${amount}+${unit}");
        var country = countryHint?.Trim();
        var yuan = string.Equals(country, "CN", StringComparison.OrdinalIgnoreCase);
        rewritten = Yen().Replace(rewritten, yuan ? "CNY " : "JPY ");
        // "月薪新台幣 60,000 元": the 元 after an amount in a named currency is that currency's unit, no second currency.
        var named = TaiwanDollar().IsMatch(rewritten);
        rewritten = TaiwanDollar().Replace(rewritten, " TWD ");
        rewritten = Yuan().Replace(rewritten, " CNY ");
        // A bare 元 is the unit of the country's own dollar: Taiwan and Hong Kong write their amounts with it too.
        rewritten = BareYuan().Replace(rewritten, named ? " " : " " + (BareYuanCountries.GetValueOrDefault(country ?? "") ?? "CNY") + " ");
        rewritten = YenWord().Replace(rewritten, " JPY ");
        foreach (var (words, period) in Periods)
        {
            rewritten = words.Replace(rewritten, period);
        }

        return RangeMarks().Replace(rewritten, " - ");
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"(?<![\d.,])(?<range>\d{1,3}(?:\.\d)?\s*[kK]?\s*[-–~～]\s*\d{1,3}(?:\.\d)?\s*[kK])(?![\p{L}\d])(?:\s*[·•・]?\s*\d{2}\s*薪)?(?!\s*(?:/|per\b|每|元|CNY|RMB))")]
    private static partial Regex ThousandsRange();

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s*万")]
    private static partial Regex TenThousands();

    [GeneratedRegex(@"¥\s?(?=\d)")]
    private static partial Regex Yen();

    private static readonly Dictionary<string, string> BareYuanCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TW"] = "TWD",
        ["HK"] = "HKD",
    };

    /// <summary>The New Taiwan dollar by name ("新台幣", "台幣", "NTD").</summary>
    [GeneratedRegex(@"\s*(?:新台幣|新臺幣|新台币|台幣|臺幣|台币|(?<![A-Za-z])NTD(?![A-Za-z]))\s*")]
    private static partial Regex TaiwanDollar();

    [GeneratedRegex(@"人民币|人民幣|(?<![A-Za-z])RMB(?![A-Za-z])")]
    private static partial Regex Yuan();

    // The space an ad writes before the unit ("時薪 200 元") goes with it: a currency code stands one space after its amount.
    [GeneratedRegex(@"\s*元")]
    private static partial Regex BareYuan();

    [GeneratedRegex(@"\s*円")]
    private static partial Regex YenWord();

    [GeneratedRegex(@"時給|時間給|时薪|時薪|/\s*(?:時間|小时|小時|h)|每小时|每小時")]
    private static partial Regex HourWords();

    [GeneratedRegex(@"日給|日薪|日额|/\s*(?:日|天)|每天|每日")]
    private static partial Regex DayWords();

    [GeneratedRegex(@"週給|周薪|/\s*(?:週|周)|每周|每週")]
    private static partial Regex WeekWords();

    [GeneratedRegex(@"月給|月収|月薪|月额|月額|每月|/\s*月")]
    private static partial Regex MonthWords();

    [GeneratedRegex(@"年収|年俸|年薪|年额|年額|/\s*年")]
    private static partial Regex YearWords();

    [GeneratedRegex(@"\s*(?:～|〜|至|到)\s*")]
    private static partial Regex RangeMarks();

    [GeneratedRegex(@"(?<amount>\d)(?<unit>\s*(?:円|元))\s*(?:(?:～|〜|~)(?!\s*[\d¥]|\s*(?:時給|月給|日給))|以上|起)")]
    private static partial Regex OpenEnd();
}
