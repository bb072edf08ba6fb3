using System.Collections.Concurrent;
using System.Linq.Expressions;
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
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<RequiredField>> Required = new();

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
        foreach (var required in Required.GetOrAdd(value.GetType(), Find))
        {
            var field = required.Read(value);
            if (field is null)
            {
                missing.Add(prefix + required.Name);
            }
            else if (depth < MaxDepth && required.IsContract)
            {
                Collect(field, $"{prefix}{required.Name}.", depth + 1, missing);
            }
        }
    }

    private static List<RequiredField> Find(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType
                && nullability.Create(p).ReadState == NullabilityState.NotNull)
            .Select(p => new RequiredField(Getter(type, p), JsonNamingPolicy.CamelCase.ConvertName(p.Name), IsContract(p.PropertyType)))
            .ToList();
    }

    // Every message passes here on every consume: a compiled getter instead of PropertyInfo.GetValue's reflection.
    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        var message = Expression.Parameter(typeof(object), "message");
        return Expression.Lambda<Func<object, object?>>(
            Expression.Convert(Expression.Property(Expression.Convert(message, type), property), typeof(object)), message).Compile();
    }

    private static bool IsContract(Type type) => type.Namespace == typeof(Contracts.PostingScraped).Namespace && type.IsClass;

    private sealed record RequiredField(Func<object, object?> Read, string Name, bool IsContract);
}
