using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace JobAggregator.Host.Messaging;

/// <summary>The fields a contract requires, read from its nullable annotations (a <c>string</c>, not a
/// <c>string?</c>), down into the contracts' own records it holds (a posting's organisation and its name). A message
/// deserialized from JSON without one of them holds null there, which its consumer would meet as a bare
/// <see cref="ArgumentNullException"/> far from the cause.</summary>
internal static class RequiredFields
{
    private const int MaxDepth = 4;
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(PropertyInfo Property, string Name)>> Required = new();

    /// <summary>The required fields of <paramref name="message"/> that are null, by their JSON names
    /// (<c>organization.name</c>); empty when every one is set, and for a message that is not one of the contracts
    /// (MassTransit's own, such as a fault, keep their own rules).</summary>
    public static IReadOnlyList<string> Missing(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var missing = new List<string>();
        if (IsContract(message.GetType()))
        {
            Collect(message, "", 0, missing);
        }

        return missing;
    }

    private static void Collect(object value, string prefix, int depth, List<string> missing)
    {
        foreach (var (property, name) in Required.GetOrAdd(value.GetType(), Find))
        {
            var field = property.GetValue(value);
            if (field is null)
            {
                missing.Add(prefix + name);
            }
            else if (depth < MaxDepth && IsContract(property.PropertyType))
            {
                Collect(field, $"{prefix}{name}.", depth + 1, missing);
            }
        }
    }

    private static List<(PropertyInfo, string)> Find(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType
                && nullability.Create(p).ReadState == NullabilityState.NotNull)
            .Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name)))
            .ToList();
    }

    private static bool IsContract(Type type) => type.Namespace == typeof(Contracts.PostingScraped).Namespace && type.IsClass;
}
