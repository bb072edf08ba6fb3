using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace JobAggregator.Store.MongoDb;

/// <summary>Amounts are Decimal128, which keeps a decimal's digits and scale, so 17.89 reads back as 17.89 (a double
/// would read back 17.890000000000001).</summary>
[BsonIgnoreExtraElements]
internal sealed class PostingSalaryDocument
{
    [BsonElement("min")]
    [BsonRepresentation(BsonType.Decimal128)]
    public decimal? Min { get; set; }

    [BsonElement("max")]
    [BsonRepresentation(BsonType.Decimal128)]
    public decimal? Max { get; set; }

    /// <summary>ISO 4217.</summary>
    [BsonElement("currency")]
    public string? Currency { get; set; }

    /// <summary>HOUR, DAY, WEEK, MONTH or YEAR.</summary>
    [BsonElement("period")]
    public string? Period { get; set; }

    [BsonElement("text")]
    public string? Text { get; set; }

    /// <summary><see cref="Min"/> as a yearly figure in the same currency.</summary>
    [BsonElement("annualMin")]
    [BsonRepresentation(BsonType.Decimal128)]
    public decimal? AnnualMin { get; set; }

    /// <summary><see cref="Max"/> as a yearly figure in the same currency.</summary>
    [BsonElement("annualMax")]
    [BsonRepresentation(BsonType.Decimal128)]
    public decimal? AnnualMax { get; set; }
}
