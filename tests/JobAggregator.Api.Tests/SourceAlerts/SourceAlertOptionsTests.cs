using JobAggregator.Api.SourceAlerts;

namespace JobAggregator.Api.Tests.SourceAlerts;

public sealed class SourceAlertOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_alert_after_three_failures()
    {
        var options = new SourceAlertOptions();

        Assert.True(new SourceAlertOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(3, options.FailuresBeforeAlert);
    }

    [Fact]
    public void Bad_operator_address_and_webhook_are_named_by_their_keys()
    {
        var result = new SourceAlertOptionsValidator().Validate(
            null,
            new SourceAlertOptions { OperatorEmails = ["ops@network.example", "not an address"], WebhookUrl = "ftp://hooks.example/x" });

        Assert.False(result.Succeeded);
        Assert.Contains("SourceAlerts:OperatorEmails:1 must be a mail address such as ops@example.org, not 'not an address'.", result.Failures!);
        Assert.Contains("SourceAlerts:WebhookUrl must be an absolute http or https address.", result.Failures!);
    }
}
