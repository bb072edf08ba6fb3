using JobAggregator.Normalizer.Dates;
using JobAggregator.Normalizer.Descriptions;
using JobAggregator.Normalizer.EmploymentTypes;
using JobAggregator.Normalizer.Locations;
using JobAggregator.Normalizer.Salary;

namespace JobAggregator.Normalizer.Tests;

public sealed class ParserRobustnessTests
{
    public static TheoryData<string> Awkward => new()
    {
        "$",
        "$.",
        "- – —",
        "1,2,3,4,5",
        "$999999999999999999999999999999999999",
        "€9.999.999.999.999.999.999.999",
        "999999999999k",
        "99/99/9999",
        "9999-99-99",
        "31 février 2020",
        "0000-00-00T00:00:00Z",
        ",,,;;;()()",
        "-----",
        "Remote Remote Hybrid Remote",
        "<<<>>>&&&;;&#x110000;&#0;",
        "<div><div><div><p>deep</div>",
        new string('9', 5_000),
        string.Concat(Enumerable.Repeat("$1 - ", 2_000)),
    };

    [Theory]
    [MemberData(nameof(Awkward))]
    public void Parsers_never_throw_and_never_invert_a_range(string text)
    {
        var salary = SalaryParser.Parse(text, "US");
        if (salary is { Min: { } min, Max: { } max })
        {
            Assert.True(min <= max, $"{min} > {max}");
        }

        _ = DateParser.Parse(text);
        _ = LocationParser.Parse(text, "US");
        _ = EmploymentTypeMapper.Map(text);
        _ = new DescriptionCleaner().Clean(text, "https://members.example/jobs/1");
    }
}
