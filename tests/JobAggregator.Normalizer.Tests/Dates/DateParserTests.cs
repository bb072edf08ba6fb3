using JobAggregator.Normalizer.Dates;

namespace JobAggregator.Normalizer.Tests.Dates;

public sealed class DateParserTests
{
    [Theory]
    [InlineData("2020-02-28", "2020-02-28")]
    [InlineData("2020-02-28T09:00:00-05:00", "2020-02-28")]
    [InlineData("2020-02-28T23:30:00Z", "2020-02-28")]
    [InlineData("2/28/2020", "2020-02-28")]
    [InlineData("2/28/20", "2020-02-28")]
    [InlineData("3/2/2020", "2020-03-02")]
    [InlineData("28/02/2020", "2020-02-28")]
    [InlineData("10.03.2020", "2020-03-10")]
    [InlineData("Mar 10, 2020", "2020-03-10")]
    [InlineData("Mar. 10, 2020", "2020-03-10")]
    [InlineData("March 10, 2020", "2020-03-10")]
    [InlineData("Tuesday, March 10th, 2020", "2020-03-10")]
    [InlineData("Sept. 5, 2020", "2020-09-05")]
    [InlineData("10 March 2020", "2020-03-10")]
    [InlineData("10th of March 2020", "2020-03-10")]
    [InlineData("10 mars 2020", "2020-03-10")]
    [InlineData("1er mars 2020", "2020-03-01")]
    [InlineData("2 décembre 2020", "2020-12-02")]
    [InlineData("10 de marzo de 2020", "2020-03-10")]
    [InlineData("10 marzo 2020", "2020-03-10")]
    [InlineData("15 febbraio 2021", "2021-02-15")]
    [InlineData("10 maart 2020", "2020-03-10")]
    [InlineData("Closing date: Mar 10, 2020", "2020-03-10")]
    [InlineData("Unposting Date: Mar 10, 2020, 11:59:00 PM", "2020-03-10")]
    [InlineData("Posted 2/28/2020", "2020-02-28")]
    [InlineData("Posted 2/28/2020.", "2020-02-28")]
    [InlineData("Fecha límite: 10 de marzo de 2020", "2020-03-10")]
    [InlineData("Posted 2/28/2020, closes Mar 10, 2020", "2020-02-28")]
    public void Parses_the_date_a_text_states(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateParser.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Fall 2020 or early 2021")]
    [InlineData("Open until filled")]
    [InlineData("as early as March 2020")]
    [InlineData("2/30/2020")]
    [InlineData("Posted 3 days ago")]
    [InlineData("13/13/2020")]
    public void Gives_no_date_where_no_day_is_stated(string? text)
    {
        Assert.Null(DateParser.Parse(text));
    }

    [Theory]
    [InlineData("US", "2020-03-02")]
    [InlineData("GB", "2020-02-03")]
    [InlineData("AR", "2020-02-03")]
    public void Reads_an_ambiguous_numeric_date_the_way_the_country_writes_it(string country, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateParser.Parse("3/2/2020", country));
    }
}
