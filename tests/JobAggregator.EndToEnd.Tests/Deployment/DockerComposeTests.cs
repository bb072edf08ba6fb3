using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using JobAggregator.EndToEnd.Tests.RabbitMq;
using JobAggregator.Host;
using JobAggregator.Host.Messaging;
using JobAggregator.Host.Roles;
using JobAggregator.Store;

namespace JobAggregator.EndToEnd.Tests.Deployment;

/// <summary>No Docker engine runs where these tests run, so docker-compose.yml is never started here; instead it is
/// held to the Host it deploys: its roles, configuration keys, values, ports, health checks and image. A setting renamed
/// in the Host then fails here rather than being silently ignored by a container.</summary>
public sealed partial class DockerComposeTests
{
    /// <summary>Configuration keys read without an options class, beside the <c>SectionName</c> classes found by
    /// reflection. A key ending in <c>:*</c> stands for every key under it.</summary>
    private static readonly string[] KeysReadOutsideOptionsClasses =
    [
        HostRoles.ConfigurationKey,       // JobAggregatorApp.BuildAsync: the roles this process runs
        BusRegistration.TransportKey,     // JobAggregatorApp.BuildAsync: in-memory or RabbitMQ
        "SampleSites:Enabled",            // JobAggregatorApp.StartSampleSitesAsync
        "SampleSites:Urls",               // JobAggregatorApp.StartSampleSitesAsync
        "SampleSites:RootDirectory",      // JobAggregatorApp.StartSampleSitesAsync
        "SampleSites:BaseUrl",            // set by StartSampleSitesAsync; read as ${SampleSites:BaseUrl} in the sources file
        "Urls",                           // ASP.NET Core's host: where Kestrel listens
        "Logging:*",                      // ASP.NET Core's host: log levels per category
    ];

    private static readonly string[] StoreProviders = [StoreOptions.SqliteProvider, StoreOptions.MongoDbProvider];

    private static readonly string StoreProviderVariable = EnvironmentName(StoreOptions.SectionName, nameof(StoreOptions.Provider));

    private static readonly string RabbitMqHostVariable = EnvironmentName(RabbitMqOptions.SectionName, nameof(RabbitMqOptions.Host));

    private static readonly string MongoDbConnectionStringVariable =
        EnvironmentName(MongoDbStoreOptions.SectionName, nameof(MongoDbStoreOptions.ConnectionString));

    /// <summary>The files beside the projects that change what <c>dotnet restore</c> does.</summary>
    private static readonly string[] RestoreInputs = ["global.json", "Directory.Build.props", "Directory.Packages.props"];

    private static readonly string RepositoryRoot = FindRepositoryRoot();

    private static readonly ComposeFile Compose = ComposeFile.Load(Path.Combine(AppContext.BaseDirectory, "docker-compose.yml"));

    /// <summary>The services that run the Host: those built here or setting its roles; the rest (the broker, the
    /// database) are infrastructure.</summary>
    private static readonly ComposeService[] HostServices = Compose.Services.Values
        .Where(service => service.Build is not null || service.Environment.ContainsKey(HostRoles.ConfigurationKey))
        .ToArray();

    [Fact]
    public void Every_role_of_the_Host_is_run_by_a_service_and_every_Roles_value_parses()
    {
        Assert.NotEmpty(HostServices);
        var problems = new List<string>();
        var covered = HostRole.None;
        foreach (var service in HostServices)
        {
            if (!service.Environment.TryGetValue(HostRoles.ConfigurationKey, out var value))
            {
                problems.Add($"service '{service}' sets no {HostRoles.ConfigurationKey}, so it would run every role");
                continue;
            }

            try
            {
                covered |= HostRoles.Parse(value);
            }
            catch (ArgumentException error)
            {
                problems.Add($"service '{service}': {HostRoles.ConfigurationKey}={value}: {error.Message}");
            }
        }

        // The single roles: not None, not All.
        foreach (var role in Enum.GetValues<HostRole>().Where(role => BitOperations.IsPow2((int)role)))
        {
            if (!covered.HasFlag(role))
            {
                problems.Add($"no service runs the {role.ToString().ToLowerInvariant()} role");
            }
        }

        AssertNone(problems);
    }

    [Fact]
    public void Every_environment_variable_of_a_Host_service_is_a_configuration_key_the_Host_reads()
    {
        var keys = OptionKeys().Concat(KeysReadOutsideOptionsClasses).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Contains($"{RabbitMqOptions.SectionName}:{nameof(RabbitMqOptions.Host)}", keys);
        Assert.Contains($"{StoreOptions.SectionName}:{nameof(StoreOptions.Provider)}", keys);
        Assert.Contains($"{MongoDbStoreOptions.SectionName}:{nameof(MongoDbStoreOptions.ConnectionString)}", keys);

        var problems = new List<string>();
        foreach (var service in HostServices)
        {
            foreach (var variable in service.Environment.Keys)
            {
                var key = variable.Replace("__", ":", StringComparison.Ordinal);
                if (!IsKnown(key, keys))
                {
                    problems.Add($"service '{service}': {variable} is configuration key '{key}', which the Host does not read");
                }
            }
        }

        AssertNone(problems);
    }

    [Fact]
    public void Transport_and_store_provider_are_values_the_Host_accepts()
    {
        var problems = new List<string>();
        foreach (var service in HostServices)
        {
            var environment = service.Environment;
            try
            {
                var transport = BusRegistration.ParseTransport(environment.GetValueOrDefault(BusRegistration.TransportKey));
                // Containers share no memory: roles split across them must meet on the broker.
                if (transport != TransportKind.RabbitMq && RolesOf(service) != HostRole.All)
                {
                    problems.Add($"service '{service}' runs only some roles on the {transport} transport, which no other container can reach");
                }
            }
            catch (ArgumentException error)
            {
                problems.Add($"service '{service}': {error.Message}");
            }

            var provider = environment.GetValueOrDefault(StoreProviderVariable);
            if (provider is not null && !StoreProviders.Contains(provider, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"service '{service}': store provider '{provider}' is not one of {string.Join(", ", StoreProviders)}");
            }
        }

        AssertNone(problems);
    }

    [Fact]
    public void The_api_publishes_the_port_it_listens_on_and_every_Host_service_checks_readiness_on_that_port()
    {
        var problems = new List<string>();
        foreach (var service in HostServices)
        {
            var urls = service.Environment.GetValueOrDefault("Urls") ?? Dockerfile(service)?.FinalEnvironment("Urls");
            var listening = (urls ?? "")
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(ListeningPort)
                .ToHashSet(StringComparer.Ordinal);
            if (listening.Count == 0)
            {
                problems.Add($"service '{service}': no Urls, neither in its environment nor in its Dockerfile");
                continue;
            }

            if (RolesOf(service)?.HasFlag(HostRole.Api) == true && service.Ports.Count == 0)
            {
                problems.Add($"service '{service}' runs the api but publishes no port");
            }

            foreach (var (published, target) in service.Ports)
            {
                if (!listening.Contains(target))
                {
                    problems.Add($"service '{service}' publishes {published}:{target}, but listens on {urls}");
                }
            }

            var healthcheck = service.HealthcheckTest;
            var checkedPorts = healthcheck is null ? [] : HealthcheckPort().Matches(healthcheck).Select(match => match.Groups["port"].Value).ToList();
            if (healthcheck is null || !healthcheck.Contains("/health/ready", StringComparison.Ordinal) || checkedPorts.Count == 0)
            {
                problems.Add($"service '{service}' has no health check requesting /health/ready: {healthcheck ?? "none"}");
            }
            else if (checkedPorts.Any(port => !listening.Contains(port)))
            {
                problems.Add($"service '{service}' checks its health on port {string.Join(", ", checkedPorts)}, but listens on {urls}");
            }
        }

        AssertNone(problems);
    }

    [Fact]
    public void Every_Host_service_runs_the_one_image_and_waits_for_a_healthy_broker_and_database()
    {
        var problems = new List<string>();
        var builds = HostServices.Select(service => service.Build).Distinct().ToList();
        if (builds.Count != 1 || builds[0] is null)
        {
            problems.Add("the Host's services do not share one build: " + string.Join("; ", HostServices.Select(service => $"{service}: {service.Build}")));
        }

        if (HostServices.Select(service => service.Image).Distinct().Count() > 1)
        {
            problems.Add("the Host's services name different images: " + string.Join("; ", HostServices.Select(service => $"{service}: {service.Image}")));
        }

        foreach (var service in HostServices)
        {
            var environment = service.Environment;
            if (TransportOf(service) == TransportKind.RabbitMq && !environment.ContainsKey(RabbitMqHostVariable))
            {
                problems.Add($"service '{service}' uses RabbitMQ but sets no {RabbitMqHostVariable}, so it would look for the broker in its own container");
            }

            if (StoreOptions.MongoDbProvider.Equals(environment.GetValueOrDefault(StoreProviderVariable), StringComparison.OrdinalIgnoreCase)
                && !environment.ContainsKey(MongoDbConnectionStringVariable))
            {
                problems.Add($"service '{service}' uses MongoDB but sets no {MongoDbConnectionStringVariable}");
            }

            foreach (var (dependency, setting) in InfrastructureNamedBy(service))
            {
                if (!Compose.Services.TryGetValue(dependency, out var infrastructure))
                {
                    problems.Add($"service '{service}': {setting} names '{dependency}', which is no service of the file");
                    continue;
                }

                if (service.DependsOn.GetValueOrDefault(dependency) != "service_healthy")
                {
                    problems.Add($"service '{service}' does not depend on '{dependency}' with condition service_healthy");
                }

                if (infrastructure.HealthcheckTest is null)
                {
                    problems.Add($"service '{dependency}' has no health check, so service_healthy would never be reached");
                }
            }
        }

        AssertNone(problems);
    }

    [Fact]
    public void The_broker_reads_the_settings_every_test_node_runs_with()
    {
        var broker = Compose.Services.Values.Single(service => service.Image?.StartsWith("rabbitmq:", StringComparison.Ordinal) == true);
        var mount = broker.Volumes.SingleOrDefault(volume => volume.Target.StartsWith("/etc/rabbitmq/conf.d/", StringComparison.Ordinal));

        Assert.True(mount != default, $"service '{broker}' mounts no file into /etc/rabbitmq/conf.d");
        var mounted = Path.GetFullPath(Path.Combine(RepositoryRoot, mount.Source));
        Assert.True(File.Exists(mounted), $"service '{broker}' mounts {mount.Source}, which is not in the repository");
        Assert.Equal(File.ReadAllText(RabbitMqNode.BrokerSettingsPath), File.ReadAllText(mounted));
    }

    [Fact]
    public void The_Dockerfile_exists_and_its_image_runs_the_Host()
    {
        var service = Assert.Single(HostServices.DistinctBy(service => service.Build));
        var path = DockerfilePath(service);
        Assert.True(File.Exists(path), $"service '{service}' builds from {path}, which does not exist");

        var entrypoint = DockerfileInstructions.Load(path).FinalStage.LastOrDefault(instruction => instruction.Keyword == "ENTRYPOINT");
        Assert.True(
            entrypoint.Arguments?.Contains($"{typeof(JobAggregatorApp).Assembly.GetName().Name}.dll", StringComparison.Ordinal) == true,
            $"{path}: the final stage's ENTRYPOINT does not run the Host: '{entrypoint.Arguments}'");
    }

    [Fact]
    public void The_Dockerfile_copies_every_project_the_Host_needs_before_it_restores()
    {
        var service = Assert.Single(HostServices.DistinctBy(service => service.Build));
        var path = DockerfilePath(service);
        var instructions = DockerfileInstructions.Load(path);
        if (!instructions.All.Any(IsRestore))
        {
            // Without a restore layer of its own the build copies everything before restoring: nothing to keep in step.
            return;
        }

        var context = Path.GetFullPath(Path.Combine(RepositoryRoot, service.Build!.Value.Context));
        var host = Directory.GetFiles(Path.GetDirectoryName(path)!, "*.csproj").Single();
        var needed = ProjectClosure(host)
            .Concat(RestoreInputs.Select(file => Path.Combine(context, file)))
            .Select(file => Path.GetRelativePath(context, file).Replace('\\', '/'));
        var copied = instructions.CopiedBefore(IsRestore)
            .Select(source => source.StartsWith("./", StringComparison.Ordinal) ? source[2..] : source)
            .ToList();

        AssertNone(needed
            .Where(file => !copied.Any(source => source is "." or "" || source == file || file.StartsWith(source.TrimEnd('/') + "/", StringComparison.Ordinal)))
            .Select(file => $"{path}: {file} is not copied before 'dotnet restore', so the restore (and the publish after it) misses it"));

        static bool IsRestore((string Keyword, string Arguments) instruction) =>
            instruction.Keyword == "RUN" && instruction.Arguments.Contains("dotnet restore", StringComparison.Ordinal);
    }

    /// <summary>Every key that binds to a public property of a class with a <c>SectionName</c> constant in the Host's
    /// assemblies, nested sections (such as <c>Store:MongoDb</c>) included.</summary>
    private static List<string> OptionKeys()
    {
        var keys = new List<string>();
        foreach (var assembly in HostAssemblies())
        {
            foreach (var type in assembly.GetTypes())
            {
                if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                    && field.GetRawConstantValue() is string section)
                {
                    AddKeys(keys, section, type, depth: 0);
                }
            }
        }

        return keys;

        static void AddKeys(List<string> keys, string prefix, Type type, int depth)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true })
                {
                    continue;
                }

                var key = $"{prefix}:{property.Name}";
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (IsScalar(propertyType))
                {
                    if (property.SetMethod is { IsPublic: true })
                    {
                        keys.Add(key);
                    }
                }
                else if (typeof(IEnumerable).IsAssignableFrom(propertyType))
                {
                    keys.Add(key + ":*");
                }
                else if (depth < 5)
                {
                    // The binder fills a nested object even through a get-only property.
                    AddKeys(keys, key, propertyType, depth + 1);
                }
            }
        }

        static bool IsScalar(Type type) =>
            type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(Uri);
    }

    private static List<Assembly> HostAssemblies()
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(JobAggregatorApp).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            if (!seen.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name!.StartsWith("JobAggregator.", StringComparison.Ordinal) && !seen.ContainsKey(reference.Name))
                {
                    pending.Push(Assembly.Load(reference));
                }
            }
        }

        return [.. seen.Values];
    }

    private static bool IsKnown(string key, HashSet<string> keys) =>
        keys.Contains(key)
        || keys.Any(known => known.EndsWith(":*", StringComparison.Ordinal)
            && key.StartsWith(known[..^1], StringComparison.OrdinalIgnoreCase));

    /// <summary>The broker and database services a Host service reaches, by the settings that name them.</summary>
    private static IEnumerable<(string Service, string Setting)> InfrastructureNamedBy(ComposeService service)
    {
        var environment = service.Environment;
        if (environment.TryGetValue(RabbitMqHostVariable, out var broker))
        {
            yield return (broker, RabbitMqHostVariable);
        }

        if (environment.TryGetValue(MongoDbConnectionStringVariable, out var connectionString))
        {
            // mongodb://[user:password@]host[:port][,host[:port]...][/database][?options]
            var hosts = connectionString[(connectionString.IndexOf("://", StringComparison.Ordinal) + 3)..].Split('/', '?')[0];
            foreach (var host in hosts[(hosts.LastIndexOf('@') + 1)..].Split(','))
            {
                yield return (host.Split(':')[0], MongoDbConnectionStringVariable);
            }
        }
    }

    /// <summary>The roles a service runs, or null when its Roles value does not parse (reported on its own).</summary>
    private static HostRole? RolesOf(ComposeService service)
    {
        try
        {
            return HostRoles.Parse(service.Environment.GetValueOrDefault(HostRoles.ConfigurationKey));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The transport a service uses, or null when its Transport value does not parse (reported on its own).</summary>
    private static TransportKind? TransportOf(ComposeService service)
    {
        try
        {
            return BusRegistration.ParseTransport(service.Environment.GetValueOrDefault(BusRegistration.TransportKey));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The port of one of Kestrel's URLs; its wildcard hosts (<c>*</c>, <c>+</c>) are no valid URI host.</summary>
    private static string ListeningPort(string url) =>
        Uri.TryCreate(url.Replace('*', 'x').Replace('+', 'x'), UriKind.Absolute, out var uri)
            ? uri.Port.ToString(CultureInfo.InvariantCulture)
            : url;

    private static string EnvironmentName(params string[] key) => string.Join("__", key).Replace(":", "__", StringComparison.Ordinal);

    private static string DockerfilePath(ComposeService service) =>
        Path.GetFullPath(Path.Combine(RepositoryRoot, service.Build!.Value.Context, service.Build.Value.Dockerfile));

    private static DockerfileInstructions? Dockerfile(ComposeService service) =>
        service.Build is null || !File.Exists(DockerfilePath(service)) ? null : DockerfileInstructions.Load(DockerfilePath(service));

    private static HashSet<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(next).Descendants("ProjectReference"))
            {
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next)!, reference.Attribute("Include")!.Value)));
            }
        }

        return seen;
    }

    /// <summary>The compose file beside the solution, whose folder its relative paths start from.</summary>
    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JobAggregator.sln")) && File.Exists(Path.Combine(directory.FullName, "docker-compose.yml")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds JobAggregator.sln and docker-compose.yml.");
    }

    private static void AssertNone(IEnumerable<string> problems)
    {
        var list = problems.Distinct().ToList();
        if (list.Count > 0)
        {
            Assert.Fail("docker-compose.yml is out of step with the Host:\n  " + string.Join("\n  ", list));
        }
    }

    /// <summary>The port a health check command talks to: bash's /dev/tcp/host/port, or a URL's host:port.</summary>
    [GeneratedRegex(@"(?:/dev/tcp/[^/\s]+/|://[^/\s:]+:)(?<port>\d+)")]
    private static partial Regex HealthcheckPort();
}
