using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Locations;

/// <summary>A Chinese or Japanese address that starts with its city and then a district or ward, with no prefecture
/// before them ("上海市徐汇区", "大阪市北区", "北京·朝阳区") or after a Chinese province or autonomous region ("湖北省武汉市武昌区…",
/// "广西壮族自治区南宁市青秀区"): the city as written, up to its 市 or the dot before the district.</summary>
internal static partial class CityWardAddresses
{
    /// <returns>Null when the text does not start with an ideographic city followed by a district or ward.</returns>
    public static string? City(string text)
    {
        if (text.Length < 4 || !char.IsBetween(text[0], '\u4E00', '\u9FFF'))
        {
            return null;
        }

        var match = CityThenWard().Match(text);
        return match.Success ? match.Groups["city"].Value : null;
    }

    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{2,3}省|\p{IsCJKUnifiedIdeographs}{2,5}自治[区區])?(?:(?<city>\p{IsCJKUnifiedIdeographs}{1,4}市)|(?<city>\p{IsCJKUnifiedIdeographs}{2,4})[·・])\p{IsCJKUnifiedIdeographs}{1,4}[区區县縣]")]
    private static partial Regex CityThenWard();
}
