using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace JobAggregator.EndToEnd.Tests.Deployment;

/// <summary>The parts of a docker-compose.yml that the deployment tests read, with YAML anchors and merge keys
/// (<c>&lt;&lt;: *name</c>) resolved the way Compose resolves them.</summary>
internal sealed class ComposeFile
{
    private ComposeFile(IReadOnlyDictionary<string, ComposeService> services) => Services = services;

    public IReadOnlyDictionary<string, ComposeService> Services { get; }

    public static ComposeFile Load(string path)
    {
        using var reader = new StreamReader(path);
        var root = new DeserializerBuilder().Build().Deserialize<object>(new MergingParser(new Parser(reader)));
        var services = Map(Map(root, "the file")["services"], "services")
            .ToDictionary(
                entry => (string)entry.Key,
                entry => new ComposeService((string)entry.Key, Map(entry.Value, (string)entry.Key)),
                StringComparer.Ordinal);
        return new ComposeFile(services);
    }

    internal static IReadOnlyDictionary<object, object?> Map(object? node, string what) =>
        node as IReadOnlyDictionary<object, object?> ?? throw new InvalidDataException($"docker-compose.yml: {what} is not a mapping.");
}

internal sealed class ComposeService(string name, IReadOnlyDictionary<object, object?> node)
{
    public string Name { get; } = name;

    public string? Image => Scalar("image");

    /// <summary>The build context, relative to the compose file's folder, and the Dockerfile, relative to the context;
    /// null without a build.</summary>
    public (string Context, string Dockerfile)? Build
    {
        get
        {
            switch (node.GetValueOrDefault("build"))
            {
                case null:
                    return null;
                case string context:
                    return (context, "Dockerfile");
                case var build:
                    var map = ComposeFile.Map(build, $"{Name}.build");
                    return (map.GetValueOrDefault("context") as string ?? ".", map.GetValueOrDefault("dockerfile") as string ?? "Dockerfile");
            }
        }
    }

    /// <summary>Both of Compose's forms, a mapping and a list of <c>NAME=value</c>.</summary>
    public IReadOnlyDictionary<string, string> Environment => node.GetValueOrDefault("environment") switch
    {
        null => new Dictionary<string, string>(),
        List<object?> list => list.Cast<string>()
            .Select(item => item.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "", StringComparer.Ordinal),
        var map => ComposeFile.Map(map, $"{Name}.environment")
            .ToDictionary(entry => (string)entry.Key, entry => entry.Value as string ?? "", StringComparer.Ordinal),
    };

    /// <summary>The published ports as (host port, container port), from the short (<c>"5080:8080"</c>,
    /// <c>"127.0.0.1:5080:8080/tcp"</c>) and the long (<c>target:</c>, <c>published:</c>) syntax.</summary>
    public IReadOnlyList<(string? Published, string Target)> Ports =>
        (node.GetValueOrDefault("ports") as List<object?> ?? []).Select(port => port switch
        {
            string text => text.Split('/')[0].Split(':') switch
            {
                [var target] => ((string?)null, target),
                var parts => (parts[^2], parts[^1]),
            },
            var map => (
                ComposeFile.Map(map, $"{Name}.ports").GetValueOrDefault("published") as string,
                ComposeFile.Map(map, $"{Name}.ports").GetValueOrDefault("target") as string ?? ""),
        }).ToList();

    /// <summary>The health check's command as one line, or null when there is none or it is disabled.</summary>
    public string? HealthcheckTest
    {
        get
        {
            if (node.GetValueOrDefault("healthcheck") is not { } healthcheck)
            {
                return null;
            }

            var map = ComposeFile.Map(healthcheck, $"{Name}.healthcheck");
            if (map.GetValueOrDefault("disable") is "true")
            {
                return null;
            }

            return map.GetValueOrDefault("test") switch
            {
                string command => command,
                List<object?> { Count: > 1 } command when command[0] is "CMD" or "CMD-SHELL" => string.Join(' ', command.Skip(1)),
                _ => null,
            };
        }
    }

    /// <summary>Each service this one waits for, with the condition (<c>service_started</c> for the list form).</summary>
    public IReadOnlyDictionary<string, string> DependsOn => node.GetValueOrDefault("depends_on") switch
    {
        null => new Dictionary<string, string>(),
        List<object?> list => list.Cast<string>().ToDictionary(service => service, _ => "service_started", StringComparer.Ordinal),
        var map => ComposeFile.Map(map, $"{Name}.depends_on").ToDictionary(
            entry => (string)entry.Key,
            entry => entry.Value is null ? "service_started"
                : ComposeFile.Map(entry.Value, $"{Name}.depends_on").GetValueOrDefault("condition") as string ?? "service_started",
            StringComparer.Ordinal),
    };

    /// <summary>The mounts of the short syntax (<c>./config/x.yml:/etc/x.yml:ro</c>, <c>volume-name:/data</c>) as (source,
    /// target in the container).</summary>
    public IReadOnlyList<(string Source, string Target)> Volumes =>
        (node.GetValueOrDefault("volumes") as List<object?> ?? []).Cast<string>()
            .Select(volume => volume.Split(':'))
            .Select(parts => (parts[0], parts[1]))
            .ToList();

    /// <summary>The command's arguments, from the list form or a string split at spaces.</summary>
    public IReadOnlyList<string> Command => node.GetValueOrDefault("command") switch
    {
        null => [],
        string line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        var list => ((List<object?>)list).Cast<string>().ToList(),
    };

    private string? Scalar(string key) => node.GetValueOrDefault(key) as string;

    public override string ToString() => Name;
}
