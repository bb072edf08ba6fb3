using System.Globalization;

namespace JobAggregator.Api.Text;

/// <summary>A count with its noun in the number it takes in English: "1 page", "3 pages".</summary>
public static class Counted
{
    public static string Of(long count, string one, string many) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";
}
