using System.Diagnostics;
using JobAggregator.EndToEnd.Tests.Telemetry;
using JobAggregator.Host.Roles;
using JobAggregator.Host.Telemetry;
using YamlDotNet.Serialization;

namespace JobAggregator.EndToEnd.Tests.Deployment;

/// <summary>Prometheus' and Grafana's files under config/ held to docker-compose.yml and the Host, as
/// <see cref="DockerComposeTests"/> holds the compose file: a role added, a port or path changed or a file moved fails
/// here instead of leaving a dashboard empty.</summary>
public sealed class TelemetryDeploymentTests
{
    private static readonly string ConfigFolder = Path.Combine(AppContext.BaseDirectory, "config");
    private static readonly string PrometheusConfigPath = Path.Combine(ConfigFolder, "prometheus", "prometheus.yml");
    private static readonly ComposeFile Compose = ComposeFile.Load(Path.Combine(AppContext.BaseDirectory, "docker-compose.yml"));

    private static readonly ComposeService[] HostServices = Compose.Services.Values
        .Where(service => service.Build is not null || service.Environment.ContainsKey(HostRoles.ConfigurationKey))
        .ToArray();

    [Fact]
    public void Prometheus_scrapes_the_metrics_path_of_every_Host_service_on_the_port_it_listens_on()
    {
        var jobs = ScrapeJobs();
        var problems = new List<string>();
        foreach (var service in HostServices)
        {
            var port = new Uri(service.Environment["Urls"]).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!jobs.Any(job => job.Targets.Contains($"{service.Name}:{port}") && job.MetricsPath == TelemetryRegistration.MetricsPath))
            {
                problems.Add($"no scrape job reads {service.Name}:{port}{TelemetryRegistration.MetricsPath}; jobs: "
                    + string.Join("; ", jobs.Select(job => $"{job.Name} {string.Join(",", job.Targets)}{job.MetricsPath}")));
            }
        }

        foreach (var job in jobs)
        {
            problems.AddRange(job.Targets
                .Where(target => !Compose.Services.ContainsKey(target.Split(':')[0]))
                .Select(target => $"scrape job '{job.Name}' reads {target}, which is no service of docker-compose.yml"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_Prometheus_and_Grafana_services_mount_files_that_exist_where_their_configuration_looks()
    {
        var prometheus = Compose.Services["prometheus"];
        var configFile = Assert.Single(prometheus.Command, argument => argument.StartsWith("--config.file=", StringComparison.Ordinal))["--config.file=".Length..];
        Assert.Contains(prometheus.Volumes, volume => volume == ("./config/prometheus/prometheus.yml", configFile));

        var grafana = Compose.Services["grafana"];
        Assert.Contains(grafana.Volumes, volume => volume == ("./config/grafana/provisioning", "/etc/grafana/provisioning"));
        var provider = Yaml(Path.Combine(ConfigFolder, "grafana", "provisioning", "dashboards", "jobaggregator.yml"));
        var dashboardsPath = (string)Map(Map(List(provider["providers"]).Single())["options"])["path"]!;
        Assert.Contains(grafana.Volumes, volume => volume == ("./config/grafana/dashboards", dashboardsPath));
        Assert.StartsWith(dashboardsPath + "/", grafana.Environment["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(ConfigFolder, "grafana", "dashboards", Path.GetFileName(grafana.Environment["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]))),
            "the home dashboard Grafana is told to open is not in config/grafana/dashboards");
    }

    [Fact]
    public void Every_dashboard_panel_reads_the_provisioned_data_source_which_is_the_compose_Prometheus()
    {
        var datasources = Yaml(Path.Combine(ConfigFolder, "grafana", "provisioning", "datasources", "prometheus.yml"));
        var datasource = Map(Assert.Single(List(datasources["datasources"])));
        var url = new Uri((string)datasource["url"]!);
        Assert.True(Compose.Services.ContainsKey(url.Host), $"the data source reads {url}, and '{url.Host}' is no service of docker-compose.yml");
        Assert.Contains(Compose.Services[url.Host].Ports, port => port.Target == url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var dashboard = GrafanaDashboard.Load(GrafanaDashboard.Path);
        Assert.NotEmpty(dashboard.Panels);
        Assert.All(dashboard.Panels, panel => Assert.Equal((string)datasource["uid"]!, panel.DatasourceUid));
        Assert.All(dashboard.Panels, panel => Assert.NotEmpty(panel.Queries.SelectMany(GrafanaDashboard.MetricNames)));
    }

    [Fact]
    public async Task Promtool_accepts_the_Prometheus_configuration()
    {
        var promtool = Path.Combine(Path.GetDirectoryName(PrometheusServer.Binary)!, "promtool");
        Assert.True(File.Exists(promtool), $"{promtool} is not installed: run ./test.sh, which installs it (apt-get install -y prometheus, as root)");
        var start = new ProcessStartInfo(promtool) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("check");
        start.ArgumentList.Add("config");
        start.ArgumentList.Add(PrometheusConfigPath);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, $"promtool check config failed:\n{await output}\n{await errors}");
    }

    private static List<ScrapeJob> ScrapeJobs() => List(Yaml(PrometheusConfigPath)["scrape_configs"])
        .Select(Map)
        .Select(job => new ScrapeJob(
            (string)job["job_name"]!,
            job.GetValueOrDefault("metrics_path") as string ?? "/metrics",
            [
                .. List(job.GetValueOrDefault("static_configs")).Select(Map).SelectMany(config => List(config["targets"]).Cast<string>()),
                .. List(job.GetValueOrDefault("dns_sd_configs")).Select(Map)
                    .SelectMany(config => List(config["names"]).Cast<string>().Select(name => $"{name}:{config["port"]}")),
            ]))
        .ToList();

    private static IReadOnlyDictionary<object, object?> Yaml(string path)
    {
        using var reader = new StreamReader(path);
        return Map(new DeserializerBuilder().Build().Deserialize<object>(reader));
    }

    private static IReadOnlyDictionary<object, object?> Map(object? node) => ComposeFile.Map(node, "a mapping");

    private static List<object?> List(object? node) => node as List<object?> ?? [];

    private sealed record ScrapeJob(string Name, string MetricsPath, IReadOnlyList<string> Targets);
}
