using System.Text;
using JobAggregator.EndToEnd.Tests.Deployment;
using JobAggregator.EndToEnd.Tests.RabbitMq;
using RabbitMQ.Client;
using YamlDotNet.Serialization;

namespace JobAggregator.EndToEnd.Tests.Telemetry;

/// <summary>The dashboard's queue panels read RabbitMQ's own exporter, which no Host serves: a real node's
/// rabbitmq_prometheus plugin, asked as config/prometheus/prometheus.yml's rabbitmq job asks it, must answer every
/// RabbitMQ metric the dashboard queries, per queue.</summary>
[Collection("RabbitMQ")]
public sealed class RabbitMqQueueMetricsTests(RabbitMqFixture rabbit)
{
    private static readonly string PrometheusConfigPath = Path.Combine(AppContext.BaseDirectory, "config", "prometheus", "prometheus.yml");

    [Fact]
    public async Task The_rabbitmq_scrape_job_reads_every_queue_metric_the_dashboard_queries_with_the_queues_ready_messages()
    {
        var ct = TestContext.Current.CancellationToken;
        var virtualHost = $"metrics-{Guid.NewGuid():N}";
        var queue = $"probe-{Guid.NewGuid():N}";
        await rabbit.Node.CreateVirtualHostAsync(virtualHost);
        await PublishOneAsync(virtualHost, queue, ct);
        using var http = new HttpClient { BaseAddress = rabbit.Node.PrometheusUri, Timeout = TimeSpan.FromSeconds(30) };
        var wanted = GrafanaDashboard.Load(GrafanaDashboard.Path).Panels
            .SelectMany(panel => panel.Queries.SelectMany(GrafanaDashboard.MetricNames))
            .Where(name => name.StartsWith("rabbitmq_", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(wanted);

        // The plugin reads queue statistics as the broker samples them: ask until the queue's message shows.
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(1);
        PrometheusSample[] ofQueue;
        while (true)
        {
            var samples = PrometheusSample.ParseAll(await http.GetStringAsync(RabbitMqJobPath(), ct));
            ofQueue = samples.Where(sample => sample.Label("queue") == queue && sample.Label("vhost") == virtualHost).ToArray();
            if (ofQueue.Any(sample => sample.Name == "rabbitmq_detailed_queue_messages_ready" && sample.Value == 1))
            {
                break;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline,
                $"no ready message of {queue} within a minute; its samples: {string.Join("; ", ofQueue.Select(s => $"{s.Name} {s.Value}"))}");
            await Task.Delay(500, ct);
        }

        var served = ofQueue.Select(sample => sample.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(wanted, name => Assert.True(served.Contains(name), $"the dashboard queries {name}, which RabbitMQ does not serve per queue at {RabbitMqJobPath()}"));
    }

    /// <summary>The rabbitmq job's metrics path and parameters, as Prometheus would request them.</summary>
    private static string RabbitMqJobPath()
    {
        using var reader = new StreamReader(PrometheusConfigPath);
        var config = (Dictionary<object, object>)new DeserializerBuilder().Build().Deserialize<object>(reader)!;
        var job = ((List<object>)config["scrape_configs"]).Cast<Dictionary<object, object>>().Single(job => (string)job["job_name"] == "rabbitmq");
        var parameters = job.TryGetValue("params", out var p) ? (Dictionary<object, object>)p : [];
        var query = parameters.SelectMany(parameter => ((List<object>)parameter.Value).Select(value => $"{parameter.Key}={Uri.EscapeDataString((string)value)}"));
        return $"{((string)job["metrics_path"]).TrimStart('/')}?{string.Join('&', query)}";
    }

    private async Task PublishOneAsync(string virtualHost, string queue, CancellationToken ct)
    {
        var factory = new ConnectionFactory { Uri = new Uri(rabbit.Node.AmqpUri, Uri.EscapeDataString(virtualHost)) };
        await using var connection = await factory.CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        await channel.BasicPublishAsync("", queue, Encoding.UTF8.GetBytes("probe"), ct);
    }
}
