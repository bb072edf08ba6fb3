namespace JobAggregator.Sources.Tests;

public sealed class ContactAndMuteTests
{
    [Fact]
    public void Reads_the_member_contact_and_the_moment_alerts_are_muted_until()
    {
        var source = Load.Yaml("""
            sources:
              - id: ipf
                organization: Innocence Project of Florida
                url: https://ipf.example/jobs
                contact: jobs@ipf.example
                muteAlertsUntil: 2026-12-31
            """).All[0];

        Assert.Equal("jobs@ipf.example", source.Contact);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero), source.MuteAlertsUntil);
    }

    [Fact]
    public void Without_them_there_is_no_contact_and_no_mute()
    {
        var source = Load.Yaml("""
            sources:
              - { id: a, organization: A, url: "https://a.example/" }
            """).All[0];

        Assert.Null(source.Contact);
        Assert.Null(source.MuteAlertsUntil);
    }

    [Fact]
    public void A_mute_with_a_time_keeps_its_offset_in_utc()
    {
        var source = Load.Yaml("""
            sources:
              - { id: a, organization: A, url: "https://a.example/", muteAlertsUntil: "2026-12-31T18:00:00+02:00" }
            """).All[0];

        Assert.Equal(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero), source.MuteAlertsUntil);
    }

    [Theory]
    [InlineData("jobs at ipf.example")]
    [InlineData("Jobs <jobs@ipf.example>")]
    [InlineData("jobs@localhost")]
    [InlineData("jobs@ipf.example, hr@ipf.example")]
    public void A_contact_that_is_not_one_email_address_is_reported(string contact)
    {
        var exception = Load.Failing($"""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                contact: "{contact}"
            """);

        ErrorAssert.Reports(exception, 5, "a", "contact", $"'{contact}' is not an email address: give one address alone, such as jobs@example.org");
    }

    [Fact]
    public void A_mute_that_is_not_a_date_is_reported()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                muteAlertsUntil: next week
            """);

        ErrorAssert.Reports(exception, 5, "a", "muteAlertsUntil",
            "'next week' is not a date: give a day (2026-12-31, from its start in UTC) or a moment with its offset (2026-12-31T18:00:00Z)");
    }
}
