using JobAggregator.Api.Alerts;
using Microsoft.Extensions.Configuration;

namespace JobAggregator.Api.Tests.Alerts;

/// <summary>Bad alert settings are refused at start-up, naming the key.</summary>
public sealed class AlertOptionsTests
{
    [Fact]
    public void Password_written_into_configuration_is_refused_pointing_to_the_environment_variable()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Alerts:Smtp:Password"] = "hunter2" })
            .Build();

        var result = new AlertOptionsValidator(configuration).Validate(null, new AlertOptions());

        Assert.True(result.Failed);
        Assert.Contains("Alerts:Smtp:Password", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(AlertOptions.SmtpPasswordVariable, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Alerts:PublicBaseUrl", "jobs.example.org")]
    [InlineData("Alerts:Smtp:From", "not an address")]
    public void Bad_setting_is_named(string key, string value)
    {
        var options = new AlertOptions();
        if (key == "Alerts:PublicBaseUrl")
        {
            options.PublicBaseUrl = value;
        }
        else
        {
            options.Smtp.From = value;
        }

        var result = new AlertOptionsValidator(new ConfigurationBuilder().Build()).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_valid() =>
        Assert.True(new AlertOptionsValidator(new ConfigurationBuilder().Build()).Validate(null, new AlertOptions()).Succeeded);
}
