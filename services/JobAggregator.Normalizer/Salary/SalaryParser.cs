using System.Globalization;
using System.Text.RegularExpressions;
using JobAggregator.Contracts;
using JobAggregator.Normalizer.Text;

namespace JobAggregator.Normalizer.Salary;

/// <summary>Reads pay from what an ad writes ("$36,000+ per year", "$17.89 – $50.98 per hour", "€45.000 - €50.000")
/// or states in structured data. Nothing is invented: text without an amount gives no salary.</summary>
internal static partial class SalaryParser
{
    private const int AmountsWithoutCurrencyFrom = 1_000;

    private static readonly HashSet<string> RangeConnectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "-", "–", "—", "−", "~", "to", "and", "a", "à", "au", "al", "tot", "bis", "hasta", "y", "et", "e", "en", "through",
    };

    /// <param name="text">The pay as the ad writes it.</param>
    /// <param name="countryHint">ISO 3166-1 alpha-2 country, deciding what a bare "$" means and the currency of amounts
    /// written without one.</param>
    public static NormalizedSalary? Parse(string? text, string? countryHint)
    {
        var cleaned = TextCleaner.Clean(text);
        var readable = cleaned is null ? null : CjkPayText.Rewrite(cleaned, countryHint);
        if (cleaned is null || readable is null || !readable.Any(char.IsAsciiDigit))
        {
            return null;
        }

        var scrubbed = PeriodWords.BlankDurations(Blank(BenefitCodes(), readable));
        var amounts = FindAmounts(scrubbed, countryHint);
        var first = amounts.FindIndex(amount => amount.Marked);
        if (first < 0)
        {
            // Without a currency only a salary-sized amount in a text about pay counts: "2021" or "40" is no salary.
            first = amounts.FindIndex(amount => amount.Value >= AmountsWithoutCurrencyFrom && !LooksLikeYear(amount, scrubbed));
            if (first < 0 || !PayWords().IsMatch(scrubbed))
            {
                return null;
            }
        }

        MoneyAmount low;
        MoneyAmount? high;
        if (first > 0 && !amounts[first - 1].Marked && IsRange(scrubbed, amounts[first - 1], amounts[first]))
        {
            // "45.000 - 50.000 €": the currency is written once, after the range.
            (low, high) = (amounts[first - 1], amounts[first]);
        }
        else
        {
            low = amounts[first];
            high = first + 1 < amounts.Count && IsRange(scrubbed, low, amounts[first + 1]) ? amounts[first + 1] : null;
        }

        decimal? min;
        decimal? max;
        if (high is not null)
        {
            var lowValue = high.InThousands && !low.InThousands && low.Value < 1_000 ? low.Value * 1_000 : low.Value;
            (min, max) = lowValue <= high.Value ? (lowValue, high.Value) : (high.Value, lowValue);
        }
        else if (UpToBefore().IsMatch(scrubbed[..low.Start]))
        {
            (min, max) = (null, low.Value);
        }
        else if (OrMoreAfter().IsMatch(scrubbed[low.End..]) || FromBefore().IsMatch(scrubbed[..low.Start]) || OverpaymentAfter().IsMatch(scrubbed[low.End..]))
        {
            (min, max) = (low.Value, null);
        }
        else
        {
            (min, max) = (low.Value, low.Value);
        }

        var currency = low.Currency
            ?? high?.Currency
            ?? amounts.Select(amount => amount.Currency).FirstOrDefault(found => found is not null)
            ?? CurrencyNamedAnywhere(scrubbed, countryHint)
            // A "$" no country resolves is a dollar of some kind, never the local currency.
            ?? (low.Marked || high?.Marked == true ? null : Currencies.OfCountry(countryHint));
        var end = (high ?? low).End;
        if (PeriodWords.IsIrregular(scrubbed))
        {
            return Complete(min, max, currency, period: null, cleaned, inferPeriod: false);
        }

        return Complete(min, max, currency, PeriodWords.Find(scrubbed, low.Start, end), cleaned, inferPeriod: true);
    }

    /// <summary>Pay as a page states it in structured data (schema.org MonetaryAmount).</summary>
    /// <returns>Null when the structure holds no amount.</returns>
    public static NormalizedSalary? FromStructured(ScrapedSalary salary, string? countryHint)
    {
        ArgumentNullException.ThrowIfNull(salary);
        var min = salary.Min is > 0 ? salary.Min : null;
        var max = salary.Max is > 0 ? salary.Max : null;
        if (min is null && max is null)
        {
            return null;
        }

        if (min > max)
        {
            (min, max) = (max, min);
        }

        var currency = Currencies.Normalise(salary.Currency, countryHint) ?? Currencies.OfCountry(countryHint);
        return Complete(min, max, currency, SalaryPeriods.FromUnitText(salary.UnitText), text: null, inferPeriod: true);
    }

    /// <summary>Checks the amounts are pay and fits them to a period: the stated one when the amounts are plausible for
    /// it, else the one their magnitude suggests, else none; then adds the yearly figures.</summary>
    /// <returns>Null when an amount is no plausible pay for any period (a fund, a budget, a valuation).</returns>
    private static NormalizedSalary? Complete(decimal? min, decimal? max, string? currency, string? period, string? text, bool inferPeriod)
    {
        decimal?[] amounts = [min, max];
        if (amounts.Any(amount => amount is { } value && !SalaryPeriods.IsPay(value, currency)))
        {
            return null;
        }

        bool Fits(string candidate) =>
            amounts.All(amount => amount is not { } value || SalaryPeriods.IsPlausible(value, candidate, currency));

        if (period is not null && !Fits(period))
        {
            period = null;
        }

        if (period is null && inferPeriod && SalaryPeriods.InferFromMagnitude(min ?? max ?? 0, currency) is { } inferred && Fits(inferred))
        {
            period = inferred;
        }

        var perYear = period is null ? (decimal?)null : SalaryPeriods.PerYear(period);
        return new NormalizedSalary(Trim(min), Trim(max), currency, period, text)
        {
            AnnualMin = Trim(min * perYear),
            AnnualMax = Trim(max * perYear),
        };
    }

    private static List<MoneyAmount> FindAmounts(string text, string? countryHint)
    {
        var amounts = new List<MoneyAmount>();
        foreach (Match match in Amount().Matches(text))
        {
            if (ScaleAfter().IsMatch(text.AsSpan(match.Index + match.Length))
                || PercentAfter().IsMatch(text.AsSpan(match.Index + match.Length))
                || NotPayBefore().IsMatch(text.AsSpan(Math.Max(0, match.Index - 40), Math.Min(40, match.Index))))
            {
                // "$2 million fund", "valued at $1B": money, but no one's pay.
                continue;
            }

            var inThousands = match.Groups["k"].Success;
            var value = ParseNumber(match.Groups["num"].Value) * (inThousands ? 1_000 : 1);
            // "$95,000 AUD": a code after the amount says which dollar a bare "$" before it is.
            var marker = match.Groups["pre"].Success && !(match.Groups["pre"].Value == "$" && match.Groups["post"].Success)
                ? match.Groups["pre"].Value
                : match.Groups["post"].Value;
            var currency = marker == "R"
                ? (string.Equals(countryHint, "ZA", StringComparison.OrdinalIgnoreCase) ? "ZAR" : null)
                : Currencies.FromMarker(marker, countryHint);
            var marked = marker.Length > 0 && (marker != "R" || currency is not null);
            amounts.Add(new MoneyAmount(value, inThousands, currency, marked, match.Index, match.Index + match.Length));
        }

        return amounts;
    }

    /// <summary>"36,000", "45.000", "45 000", "17.89", "50,98", "1.234,56": a separator followed by exactly three
    /// digits groups thousands; by one or two, it marks decimals.</summary>
    private static decimal ParseNumber(string raw)
    {
        var digits = raw.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("'", string.Empty, StringComparison.Ordinal)
            .Replace("’", string.Empty, StringComparison.Ordinal);
        var lastDot = digits.LastIndexOf('.');
        var lastComma = digits.LastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0)
        {
            // The last separator marks decimals, unless it also groups ("50,981.200.000" has none).
            var decimalSeparator = lastDot > lastComma ? '.' : ',';
            var groupSeparator = decimalSeparator == '.' ? "," : ".";
            digits = digits.Count(c => c == decimalSeparator) > 1
                ? digits.Replace(",", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal)
                : digits.Replace(groupSeparator, string.Empty, StringComparison.Ordinal).Replace(decimalSeparator, '.');
        }
        else if (lastDot >= 0 || lastComma >= 0)
        {
            var separator = lastDot >= 0 ? '.' : ',';
            var separators = digits.Count(c => c == separator);
            var digitsAfter = digits.Length - digits.LastIndexOf(separator) - 1;
            digits = separators > 1 || digitsAfter == 3
                ? digits.Replace(separator.ToString(), string.Empty, StringComparison.Ordinal)
                : digits.Replace(separator, '.');
        }

        return decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private static bool IsRange(string text, MoneyAmount low, MoneyAmount high)
    {
        var between = text[low.End..high.Start].Trim();
        // "CHF 6'400.– bis CHF 7'300.–": the Swiss ".–" closes a whole amount and is no connector.
        if (between.StartsWith(".–", StringComparison.Ordinal) || between.StartsWith(".-", StringComparison.Ordinal))
        {
            between = between[2..].Trim();
        }

        return RangeConnectors.Contains(between);
    }

    private static bool LooksLikeYear(MoneyAmount amount, string text)
    {
        var written = text[amount.Start..amount.End].Trim();
        return amount.Value is >= 1900 and <= 2100 && written.All(char.IsAsciiDigit);
    }

    private static string? CurrencyNamedAnywhere(string text, string? countryHint)
    {
        var named = CurrencyMarker().Match(text);
        return named.Success ? Currencies.FromMarker(named.Value, countryHint) : null;
    }

    private static string Blank(Regex pattern, string text) =>
        pattern.Replace(text, match => new string(' ', match.Length));

    // Drops the scale a written "65,000.00" carries, so equal amounts look equal wherever they are printed.
    private static decimal? Trim(decimal? value) => value / 1.0000000000000000000000000000m;

    [GeneratedRegex(@"(?<pre>US\$|U\.S\.\$|U\$S|\$U(?=\s?\d)|CAN?\$|C\$|AUD?\$|A\$|NZ\$|NT\$|AR\$|(?<![\p{L}])R\$|(?<![\p{L}])S/\.?(?=\s?\d)|\$|€|£|(?<![\p{L}])R(?=\s?\d)|(?<![\p{L}])(?:USD|CAD|AUD|NZD|GBP|EUR|ZAR|ARS|TWD|NTD|CHF|MXN|BRL|CLP|COP|PEN|JPY|INR|CNY|PLN|ILS|HKD|SEK|DKK|NOK|CZK|UYU)(?![\p{L}]))?\s?(?<![\d.,])(?<num>\d{1,3}(?:[ ,.'’]\d{3}){1,4}(?:[.,]\d{1,2})?(?!\d)|\d{1,12}(?:[.,]\d{1,2})?(?!\d))(?:\s?(?<k>[kK]|mil|tys\.?)(?![\p{L}]))?(?:\s?(?<post>€|£|\$|(?<![\p{L}])(?:USD|CAD|AUD|NZD|GBP|EUR|ZAR|ARS|TWD|NTD|CHF|MXN|BRL|CLP|COP|PEN|JPY|INR|CNY|PLN|ILS|HKD|SEK|DKK|NOK|CZK|UYU|euros?|dollars?|pounds?|rand|zł|zl|kr|Kč)(?![\p{L}]))|-(?<post>(?i:euros?|dollars?|pounds?))(?![\p{L}]))?", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    [GeneratedRegex(@"US\$|U\$S|\$U(?=\s?\d)|CA\$|C\$|AU\$|A\$|NZ\$|NT\$|(?<![\p{L}])R\$|(?<![\p{L}])S/\.?(?=\s?\d)|\$|€|£|(?<![\p{L}])(?:USD|CAD|AUD|NZD|GBP|EUR|ZAR|ARS|TWD|NTD|CHF|MXN|BRL|CLP|COP|PEN|JPY|INR|CNY|PLN|ILS|HKD|SEK|DKK|NOK|CZK|UYU)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyMarker();

    // Benefit and tax-status codes carry digits but no pay: 401(k), 403b, 457(b), 501(c)(3).
    [GeneratedRegex(@"(?<![\d\p{L}])(?:40[13]|457)\s?(?:\(\s*[a-z]\s*\)|[kb](?![\p{L}]))|(?<![\d\p{L}])50[17]\s?\(?\s*c\s*\)?\s?\(?\s*\d{1,2}\s*\)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BenefitCodes();

    [GeneratedRegex(@"(?:up\s+to|upto|max(?:imum)?\.?|not\s+to\s+exceed|no\s+more\s+than|hasta|jusqu['’]?\s*à|fino\s+a|tot|maximaal|bis\s+zu)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpToBefore();

    /// <summary>A pay floor's word just before the amount ("from", "at least", "mindestens", "ab", "à partir de", "au moins",
    /// "a partir de", "como mínimo", "minimo", "almeno", "vanaf", "minimaal", "ten minste", "pelo menos", "minst", "co
    /// najmniej", "minimálně", "最低"), or a minimum pay's noun a few words before it ("Das monatliche Mindestgehalt beträgt
    /// € 2.400", "Mindestentgelt laut KV:", "Das Mindestentgelt laut KV SWÖ (VG 8) beträgt € 3.412"), as Austrian ads must
    /// state the collective agreement's minimum.</summary>
    [GeneratedRegex(@"(?:(?<![\p{L}])(?:from|starting\s+(?:at|from)|starts\s+at|min(?:imum)?\.?|mind\.?|mindestens|at\s+least|no\s+less\s+than|desde|[àa]\s+partir\s+de|au\s+moins|(?:como\s+)?m[íi]nim[oa](?:\s+de)?|almeno|vanaf|minimaal|ten\s*minste|pelo\s+menos|no\s+m[íi]nimo|minst|co\s+najmniej|minim[áa]ln[ěe]|nejm[ée]n[ěe]|a\s+partire\s+da|ab|mindest(?:gehalt|entgelt|lohn|bezug|bruttogehalt)\p{L}*(?:\s+(?:[\p{L}-]+|\([^()]{1,20}\))){0,5})|最低(?:\s*per\s+(?:hour|day|week|month|year))?)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromBefore();

    /// <summary>"Bereitschaft zur Überzahlung", "Überzahlung möglich": more than the amount is offered.</summary>
    [GeneratedRegex(@"(?<![\p{L}])überzahlung", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverpaymentAfter();

    [GeneratedRegex(@"^\s?(?:m|mm|mn|b|bn|million|millions|billion|billions|trillion|millones?|mil\s+millones|milliards?|miljoen|miljard|milioni|miliardi|mio|mrd)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScaleAfter();

    /// <summary>A share, not money: "CHF 78'000.– à 100 %" states a full post's pay, "80 % Pensum", "+ 11.5% super".</summary>
    [GeneratedRegex(@"^\s?[%％]")]
    private static partial Regex PercentAfter();

    [GeneratedRegex(@"(?<![\p{L}])(?:valued\s+at|valuation(?:\s+of)?|fund(?:ing)?(?:\s+of)?|budget(?:\s+of)?|raised|revenues?(?:\s+of)?|endowment(?:\s+of)?|assets(?:\s+of)?|grants?\s+of|award(?:ed)?\s+of|donations?\s+of|settlement(?:\s+of)?|damages(?:\s+of)?|bail(?:\s+of)?|fine(?:\s+of)?)\s*(?:about|around|over|more\s+than|nearly|almost|approximately|some)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotPayBefore();

    /// <summary>"$36,000+", "minimum", "以上" right after the amount, or "or more", "and up", "oder mehr", "ou plus", "o más",
    /// "o più", "of meer", "ou mais" a few words after it ("€ 3.000 brutto im Monat oder mehr"): the amount is the least. A "+" before a benefit adds something else to the
    /// pay ("R$ 7.500,00 + benefícios", "$72,000 + super", "€ 3.000 + Zulagen", Brazil's meal, food and transport vouchers "R$ 4.200,00 + VR + VT"), which leaves the
    /// amount as stated.</summary>
    [GeneratedRegex(@"^\s*(?:\+(?!\s*(?:benef|super|bonus|zulage|avantage|prestaci|allowance|vantage|aux[íi]lio|commission|toeslag|toelage|indennit|tredicesima|13th|pension|kiwisaver|401)|\s*(?:vale|tickets?|vakantiegeld|urlaubsgeld|weihnachtsgeld|v[rat]|plr)(?![\p{L}]))|minimum|min\.|起|以上)|^(?:\s*[\p{L}/.]+){0,4}?\s*(?:or\s+more|and\s+up(?!\s+to)|(?:oder|und)\s+mehr|(?:ou|et)\s+plus|o\s+m[áa]s|o\s+pi[ùu]|of\s+meer|ou\s+mais)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrMoreAfter();

    [GeneratedRegex(@"(?<![\p{L}])(?:salary|salaried|pay|wage|wages|compensation|rate|stipend|per|hourly|annual(?:ly)?|monthly|weekly|daily|sueldo|salario|salaire|r[ée]mun[ée]ration|stipendio|retribuzione|salaris|loon|brut|bruto|lordo|par|por)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayWords();
}
