using ExpenseTracker.Infrastructure.MongoDB.Documents;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;

namespace ExpenseTracker.Infrastructure.MongoDB;

/// <summary>
/// How every document (the classes of <see cref="Documents"/>) is written, by conventions rather than member by member:
/// money is Decimal128 (exact, never a binary double), ids are standard UUIDs (binary subtype 4), calendar dates and
/// timestamps are BSON dates in UTC, element names are camelCase (the id stays <c>_id</c>), and elements a newer
/// version wrote are ignored. A new document or member follows them without a line here.
/// </summary>
internal static class MongoClassMaps
{
    private static readonly Lazy<bool> Registered = new(RegisterAll, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly IBsonSerializer<Guid> Id = new GuidSerializer(GuidRepresentation.Standard);
    private static readonly IBsonSerializer<DateOnly> CalendarDate = new DateOnlySerializer(BsonType.DateTime);
    private static readonly IBsonSerializer<DateTime> Timestamp = new DateTimeSerializer(DateTimeKind.Utc, BsonType.DateTime);

    private static readonly Dictionary<Type, IBsonSerializer> SerializersByMemberType = new()
    {
        [typeof(decimal)] = new DecimalSerializer(BsonType.Decimal128),
        [typeof(Guid)] = Id,
        [typeof(Guid?)] = new NullableSerializer<Guid>(Id),
        [typeof(DateOnly)] = CalendarDate,
        [typeof(DateOnly?)] = new NullableSerializer<DateOnly>(CalendarDate),
        [typeof(DateTime)] = Timestamp,
        [typeof(DateTime?)] = new NullableSerializer<DateTime>(Timestamp),
    };

    /// <summary>
    /// Registers the conventions and maps every document type by them, once per process. Must run before the driver
    /// first meets a document type: one it has already mapped by its defaults would store doubles, so that fails loudly.
    /// </summary>
    public static void Register() => _ = Registered.Value;

    private static bool RegisterAll()
    {
        var documentTypes = typeof(ExpenseDocument).Assembly.GetTypes().Where(IsDocument).ToList();
        var premapped = documentTypes.Where(BsonClassMap.IsClassMapRegistered).Select(type => type.Name).ToList();
        if (premapped.Count > 0)
        {
            throw new InvalidOperationException($"The MongoDB driver mapped {string.Join(", ", premapped)} before our conventions were registered");
        }

        var conventions = new ConventionPack
        {
            new CamelCaseElementNameConvention(),
            new IgnoreExtraElementsConvention(true),
            new DelegateMemberMapConvention("Exact BSON types", member =>
            {
                if (SerializersByMemberType.TryGetValue(member.MemberType, out var serializer))
                {
                    member.SetSerializer(serializer);
                }
            }),
        };
        ConventionRegistry.Register("ExpenseTracker documents", conventions, IsDocument);

        foreach (var type in documentTypes)
        {
            BsonClassMap.LookupClassMap(type);
        }

        return true;
    }

    private static bool IsDocument(Type type) =>
        type.Namespace == typeof(ExpenseDocument).Namespace && type.IsClass && !type.IsAbstract && !type.IsNested;
}
