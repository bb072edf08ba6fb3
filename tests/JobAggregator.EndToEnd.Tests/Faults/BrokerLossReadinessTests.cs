namespace JobAggregator.EndToEnd.Tests.Faults;

/// <summary>A role that cannot reach its broker cannot do its job (a scheduler cannot publish its requests, a scraper or
/// a store cannot take messages), so orchestrators must take it out of service: /health/ready answers 503 while the
/// broker is gone and 200 once it is back. The broker is taken away by deleting the role's virtual host, which closes
/// its connections and refuses new ones.</summary>
[Collection("RabbitMQ faults")]
[Trait("Category", "Faults")]
public sealed class BrokerLossReadinessTests(FaultNodeFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("scheduler")]
    [InlineData("scraper")]
    [InlineData("store")]
    public async Task A_role_without_its_broker_answers_503_on_readiness_until_the_broker_is_back(string role)
    {
        await using var pipeline = await FaultPipeline.CreateAsync(fixture.Node);
        var process = await pipeline.StartAsync(role, role);
        using var http = new HttpClient { BaseAddress = process.Address, Timeout = TimeSpan.FromSeconds(30) };
        async Task<int> ReadinessAsync()
        {
            using var response = await http.GetAsync("/health/ready", Cancel);
            return (int)response.StatusCode;
        }

        await pipeline.WaitForAsync(ReadinessAsync, status => status == 200, $"the {role} to be ready");
        await fixture.Node.DeleteVirtualHostAsync(pipeline.VirtualHost);
        await pipeline.WaitForAsync(ReadinessAsync, status => status == 503, "readiness to answer 503 without the broker");
        await fixture.Node.CreateVirtualHostAsync(pipeline.VirtualHost);
        await pipeline.WaitForAsync(ReadinessAsync, status => status == 200, "readiness to answer 200 once the broker is back");
    }
}
