using System.Globalization;
using JobAggregator.Normalizer.Dates;

namespace JobAggregator.Normalizer.Tests.Dates;

public sealed class DateParserTests
{
    // When the page was read: relative dates count back from here.
    private static readonly DateTimeOffset ScrapedAt = new(2020, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string?, string> Stated => new()
    {
        { "2/28/2020", "US", "2020-02-28" },
        { "Mar 10, 2020", "US", "2020-03-10" },
        { "2020-02-28", null, "2020-02-28" },
        { "2020-02-28T09:00:00-05:00", null, "2020-02-28" },
        { "2020-02-28T23:30:00Z", null, "2020-02-28" },
        { "2020-03-10T23:59:59.000Z", "GB", "2020-03-10" },
        { "2020/03/10", null, "2020-03-10" },
        { "2/28/2020", null, "2020-02-28" },
        { "2/28/2020", "GB", "2020-02-28" },
        { "2/28/20", null, "2020-02-28" },
        { "3/2/2020", null, "2020-03-02" },
        { "3/2/2020", "US", "2020-03-02" },
        { "3/2/2020", "GB", "2020-02-03" },
        { "3/2/2020", "AR", "2020-02-03" },
        { "10/03/2020", "IE", "2020-03-10" },
        { "10/03/2020", "US", "2020-10-03" },
        { "28/02/2020", null, "2020-02-28" },
        { "10.03.2020", null, "2020-03-10" },
        { "28.02.20", "NL", "2020-02-28" },
        { "10-03-2020", "NL", "2020-03-10" },
        { "Mar. 10, 2020", null, "2020-03-10" },
        { "March 10, 2020", null, "2020-03-10" },
        { "March 10 2020", null, "2020-03-10" },
        { "Tuesday, March 10th, 2020", null, "2020-03-10" },
        { "Sept. 5, 2020", null, "2020-09-05" },
        { "10 March 2020", "GB", "2020-03-10" },
        { "10th of March 2020", "GB", "2020-03-10" },
        { "10-Mar-2020", null, "2020-03-10" },
        { "10-Mar-20", null, "2020-03-10" },
        { "10 mars 2020", "FR", "2020-03-10" },
        { "le 1er mars 2020", "FR", "2020-03-01" },
        { "2 décembre 2020", "FR", "2020-12-02" },
        { "31 marca 2025", "PL", "2025-03-31" },
        { "Termin zgłoszeń: 3 listopada 2025", "PL", "2025-11-03" },
        { "Ansøgningsfrist: 15. marts 2025", "DK", "2025-03-15" },
        { "Uzávěrka: 5. 9. 2025", "CZ", "2025-09-05" },
        { "1. 10. 2024.", "CZ", "2024-10-01" },
        { "Sista ansökningsdag: 20 maj 2025", "SE", "2025-05-20" },
        { "Date limite : 15 avril 2020", "FR", "2020-04-15" },
        { "10 de marzo de 2020", "AR", "2020-03-10" },
        { "1 de diciembre de 2020", "AR", "2020-12-01" },
        { "Fecha límite: 10 de marzo de 2020", "AR", "2020-03-10" },
        { "10 marzo 2020", "IT", "2020-03-10" },
        { "15 febbraio 2021", "IT", "2021-02-15" },
        { "Scadenza: 30 settembre 2020", "IT", "2020-09-30" },
        { "10 maart 2020", "NL", "2020-03-10" },
        { "1 januari 2021", "NL", "2021-01-01" },
        { "Sluitingsdatum: 31 mei 2020", "NL", "2020-05-31" },
        { "10. März 2020", null, "2020-03-10" },
        { "1. Dezember 2020", null, "2020-12-01" },
        { "Closing date: Mar 10, 2020", "US", "2020-03-10" },
        { "Unposting Date: Mar 10, 2020, 11:59:00 PM", "US", "2020-03-10" },
        { "Apply by March 10, 2020", "US", "2020-03-10" },
        { "Deadline: 10/03/2020", "GB", "2020-03-10" },
        { "Posted 2/28/2020", "US", "2020-02-28" },
        { "Posted 2/28/2020.", "US", "2020-02-28" },
        { "Posted 2/28/2020, closes Mar 10, 2020", "US", "2020-02-28" },
        { "1582848000", null, "2020-02-28" },
        { "1582848000000", null, "2020-02-28" },
        { "/Date(1583798400000)/", null, "2020-03-10" },
        { "Posted today", "US", "2020-03-01" },
        { "Today", "US", "2020-03-01" },
        { "Just posted", "US", "2020-03-01" },
        { "Yesterday", "US", "2020-02-29" },
        { "Posted 3 days ago", "US", "2020-02-27" },
        { "3 days ago", "US", "2020-02-27" },
        { "30+ days ago", "US", "2020-01-31" },
        { "an hour ago", "US", "2020-03-01" },
        { "12 hours ago", "US", "2020-02-29" },
        { "2 weeks ago", "US", "2020-02-16" },
        { "1 month ago", "US", "2020-02-01" },
        { "Publicado hace 3 días", "AR", "2020-02-27" },
        { "Publicado hoy", "AR", "2020-03-01" },
        { "Ayer", "AR", "2020-02-29" },
        { "Publié il y a 2 jours", "FR", "2020-02-28" },
        { "Aujourd'hui", "FR", "2020-03-01" },
        { "Pubblicato 3 giorni fa", "IT", "2020-02-27" },
        { "Oggi", "IT", "2020-03-01" },
        { "5 dagen geleden", "NL", "2020-02-25" },
        { "Gisteren", "NL", "2020-02-29" },
        { "vor 2 Tagen", null, "2020-02-28" },
        { "12 de março de 2024", "BR", "2024-03-12" },
        { "Publicado em 3 de setembro de 2024", "PT", "2024-09-03" },
        { "Encerramento: 30 de dezembro de 2024", "BR", "2024-12-30" },
        { "2024年3月15日", "JP", "2024-03-15" },
        { "掲載日：２０２４年１０月１日", "JP", "2024-10-01" },
        { "截止日期：2024年11月30日", "CN", "2024-11-30" },
        { "民國114年3月5日", "TW", "2025-03-05" },
        { "報名截止：民国 113 年 12 月 20 日", null, "2024-12-20" },
        { "115年1月15日截止", "TW", "2026-01-15" },
        { "中華民國99年10月1日", "TW", "2010-10-01" },
        { "fins al 18 de gener de 2027", "ES", "2027-01-18" },
        { "Termini: 3 d'agost de 2027", "ES", "2027-08-03" },
        { "12 de desembre de 2026", null, "2026-12-12" },
        { "15 de dez. de 2026", "BR", "2026-12-15" },
    };

    [Theory]
    [MemberData(nameof(Stated))]
    public void Parses_the_date_a_text_states(string text, string? country, string expected)
    {
        Assert.Equal(Day(expected), DateParser.Parse(text, country, ScrapedAt));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Fall 2020 or early 2021")]
    [InlineData("Open until filled")]
    [InlineData("Rolling")]
    [InlineData("as early as March 2020")]
    [InlineData("March 2020")]
    [InlineData("ASAP")]
    [InlineData("Immediately")]
    [InlineData("2/30/2020")]
    [InlineData("13/13/2020")]
    [InlineData("31 février 2020")]
    [InlineData("Requisition 190007WE")]
    [InlineData("Posted 3 days ago")]
    [InlineData("Today")]
    public void Gives_no_date_where_no_day_is_stated_or_no_reference_is_given(string? text)
    {
        Assert.Null(DateParser.Parse(text));
    }

    [Theory]
    [InlineData("08/01/2027", null, null, "2027-08-01")]
    [InlineData("08/01/2027", null, "en", "2027-08-01")]
    [InlineData("08/01/2027", null, "pt", "2027-01-08")]
    [InlineData("08/01/2027", "US", "pt", "2027-08-01")]
    [InlineData("08/01/2027", "BR", "en", "2027-01-08")]
    public void Reads_an_ambiguous_date_with_no_country_day_first_in_a_language_other_than_english(
        string text, string? country, string? language, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), DateParser.Parse(text, country, reference: null, language));

    [Fact]
    public void Counts_relative_dates_from_the_reference_it_is_given()
    {
        Assert.Equal(new DateOnly(2021, 6, 12), DateParser.Parse("3 days ago", "US", new DateTimeOffset(2021, 6, 15, 12, 0, 0, TimeSpan.Zero)));
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
