using System.Text.RegularExpressions;
using JobAggregator.Contracts;

namespace JobAggregator.Normalizer.Locations;

/// <summary>A Japanese address written as it is posted, without commas: the prefecture first (東京都, 北海道, 大阪府,
/// 京都府 or …県), then the city or ward (…市, …区, …町, …村), then the street ("東京都新宿区西新宿2-8-1" is Shinjuku
/// ward in Tokyo, "大阪府大阪市北区西天満" the city of Osaka); or a facility named first with its address in brackets
/// ("特別養護老人ホーム さくらの里（埼玉県川越市）").</summary>
internal static partial class JapaneseAddresses
{
    /// <summary>The prefecture as the region and the first city, ward, town or village as the city; null when the
    /// text neither starts with a prefecture nor ends with one in brackets.</summary>
    public static NormalizedPlace? Parse(string text) =>
        Starting(text) ?? (BracketedAtEnd().Match(text) is { Success: true } bracketed ? Starting(bracketed.Groups["address"].Value) : null);

    private static NormalizedPlace? Starting(string text)
    {
        // Every prefecture's name starts with an ideograph: a text that does not is read no further.
        if (text.Length < 3 || !char.IsBetween(text[0], '\u4E00', '\u9FFF'))
        {
            return null;
        }

        var match = Address().Match(text);
        return match.Success
            ? new NormalizedPlace(match.Groups["city"].Success ? match.Groups["city"].Value : null, match.Groups["prefecture"].Value, "JP")
            : null;
    }

    [GeneratedRegex(@"^(?<prefecture>東京都|北海道|(?:京都|大阪)府|\p{IsCJKUnifiedIdeographs}{2,3}県)(?<city>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ヶ]{1,6}?[市区町村])?")]
    private static partial Regex Address();

    [GeneratedRegex(@"[（(](?<address>[^（）()]+)[）)]\s*$")]
    private static partial Regex BracketedAtEnd();
}
