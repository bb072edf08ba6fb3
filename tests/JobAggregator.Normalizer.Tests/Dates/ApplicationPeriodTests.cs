using JobAggregator.Normalizer.Dates;

namespace JobAggregator.Normalizer.Tests.Dates;

public sealed class ApplicationPeriodTests
{
    [Theory]
    [InlineData("Del 09/12/2026 al 15/12/2026", "PE", "2026-12-15")]
    [InlineData("Plazo: desde el 01/12/2026 hasta el 18/12/2026", "CL", "2026-12-18")]
    [InlineData("du 1 mars 2027 au 15 mars 2027", "FR", "2027-03-15")]
    [InlineData("dal 01/12/2026 al 20/12/2026", "IT", "2026-12-20")]
    [InlineData("von 01.12.2026 bis 20.12.2026", "DE", "2026-12-20")]
    [InlineData("van 1 december 2026 tot en met 8 januari 2027", "NL", "2027-01-08")]
    [InlineData("de 02/12/2026 até 16/12/2026", "PT", "2026-12-16")]
    [InlineData("December 1, 2026 – January 8, 2027", "US", "2027-01-08")]
    [InlineData("2026-12-01 - 2026-12-20", null, "2026-12-20")]
    [InlineData("de 7 a 18 de dezembro de 2026", "BR", "2026-12-18")]
    [InlineData("Del 9 al 15 de diciembre de 2026", "PE", "2026-12-15")]
    [InlineData("du 7 au 18 décembre 2026", "FR", "2026-12-18")]
    [InlineData("vom 7. bis 18. Dezember 2026", "DE", "2026-12-18")]
    [InlineData("dal 7 al 18 dicembre 2026", "IT", "2026-12-18")]
    [InlineData("7 – 18 December 2026", "GB", "2026-12-18")]
    [InlineData("del 09/12 al 15/12/2026", "AR", "2026-12-15")]
    public void A_period_closes_on_its_second_date(string text, string? country, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            DateParser.Parse(ApplicationPeriod.End(text), country));

    [Theory]
    [InlineData("15/12/2026")]
    [InlineData("15/12/2026, 17:00 horas")]
    [InlineData("11 de enero de 2027, 17:00 horas")]
    [InlineData("11 de enero de 2027, 17:00 - 18:00")]
    [InlineData("Closing 9:30 – 15/12/2026")]
    [InlineData("Open until filled")]
    [InlineData(null)]
    public void A_single_date_states_no_period(string? text) => Assert.Null(ApplicationPeriod.End(text));
}
