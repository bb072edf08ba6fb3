using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using JobAggregator.Contracts;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace JobAggregator.Store.MongoDb;

/// <summary>The class maps of the <c>content</c> subdocument, built once from the contract records themselves: every
/// public property of <see cref="PostingNormalized"/> and of the contract records it holds is an element named as the
/// SQLite content column's JSON names it (camelCase), so a field added to the message is stored and read back with no
/// change here. Values are written as the rest of the store writes them (see <see cref="MongoValues"/>): decimals as
/// Decimal128, dates as yyyy-MM-dd strings, instants as BSON dates, run ids as strings.</summary>
/// <remarks>The maps are not registered with the driver's global registry: the <c>content</c> element names its
/// serializer (<see cref="PostingContentSerializer"/>), so no lookup order can make the driver map these types its own
/// way first. A constructor argument missing from a document (a field added since it was written) reads as its type's
/// default; a missing init-only property keeps its initial value.</remarks>
internal static class PostingContentMaps
{
    private static readonly ConcurrentDictionary<Type, IBsonSerializer> Serializers = new();

    private static readonly ConcurrentDictionary<Type, BsonClassMap> ClassMaps = new();

    public static BsonClassMap<T> ClassMapOf<T>() => (BsonClassMap<T>)ClassMaps.GetOrAdd(typeof(T), CreateClassMap);

    private static IBsonSerializer SerializerFor(Type type) => Serializers.GetOrAdd(type, CreateSerializer);

    private static IBsonSerializer CreateSerializer(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return (IBsonSerializer)Activator.CreateInstance(
                typeof(NullableSerializer<>).MakeGenericType(underlying), SerializerFor(underlying))!;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var item = type.GetGenericArguments()[0];
            return (IBsonSerializer)Activator.CreateInstance(
                typeof(SharedEmptyListSerializer<>).MakeGenericType(item), SerializerFor(item))!;
        }

        if (type == typeof(decimal))
        {
            return new DecimalSerializer(BsonType.Decimal128);
        }

        if (type == typeof(DateOnly))
        {
            return new DayStringSerializer();
        }

        if (type == typeof(DateTimeOffset))
        {
            return new InstantSerializer();
        }

        if (type == typeof(Guid))
        {
            return new GuidStringSerializer();
        }

        if (type.IsClass && type.Namespace == typeof(PostingNormalized).Namespace)
        {
            return (IBsonSerializer)Activator.CreateInstance(
                typeof(BsonClassMapSerializer<>).MakeGenericType(type), ClassMaps.GetOrAdd(type, CreateClassMap))!;
        }

        return BsonSerializer.LookupSerializer(type);
    }

    private static BsonClassMap CreateClassMap(Type type)
    {
        var map = (BsonClassMap)Activator.CreateInstance(typeof(BsonClassMap<>).MakeGenericType(type))!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }))
        {
            map.MapProperty(property.Name)
                .SetElementName(JsonNamingPolicy.CamelCase.ConvertName(property.Name))
                .SetSerializer(SerializerFor(property.PropertyType));
        }

        // A record's primary constructor: the public one with the most parameters (its copy constructor is protected).
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        map.MapConstructor(constructor, parameters.Select(p => p.Name!).ToArray());
        foreach (var parameter in parameters)
        {
            map.GetMemberMap(parameter.Name!)?.SetDefaultValue(
                parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType) : null);
        }

        map.SetIgnoreExtraElements(true);
        map.Freeze();
        return map;
    }
}
