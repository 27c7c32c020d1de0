namespace OneStop.Hotline.Duplicates;

/// <summary>
/// What the rule compares of one matter, computed once (on intake, or when the index takes a record): the county and
/// town, the category, the time, the coordinates, the concepts split into objects and aspects, the places, the pairs.
/// </summary>
public sealed class MatterFeatures
{
    public required Guid TicketId { get; init; }
    public required string Number { get; init; }

    /// <summary>The county (区县) code, 6 digits; "" when the region is unknown (the CLI probe has only texts).</summary>
    public required string County { get; init; }

    /// <summary>The 9-digit town (街道/乡镇) code when the record has one.</summary>
    public string? Town { get; init; }

    public string? CategoryCode { get; init; }
    public DateTimeOffset? ReceivedAt { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public required int[] Objects { get; init; }
    public required int[] Aspects { get; init; }
    public required PlaceToken[] Places { get; init; }
    public required int[] Bigrams { get; init; }

    public static MatterFeatures Of(MatterRecord record, Func<string, string?>? categoryOf = null) =>
        Of(record.TicketId, record.Number, record.Text, record.CategoryCode ?? categoryOf?.Invoke(record.Text), record.RegionCode,
            record.Address, record.Latitude, record.Longitude, record.ReceivedAt);

    /// <summary>Features of a bare text (the CLI probe): no region, no time; the category from the hook if any.</summary>
    public static MatterFeatures OfText(string text, Func<string, string?>? categoryOf = null) =>
        Of(Guid.Empty, "", text, categoryOf?.Invoke(text), "", null, null, null, null);

    public static MatterFeatures Of(Guid ticketId, string number, string text, string? categoryCode, string? regionCode,
        string? address, double? latitude, double? longitude, DateTimeOffset? receivedAt)
    {
        var concepts = ConceptMatcher.Find(address is null ? text : text + "。" + address);
        var region = regionCode ?? "";
        var places = PlaceExtraction.Extract(address).Concat(PlaceExtraction.Extract(text)).DistinctBy(p => p.Text).ToArray();
        // The place counts once, as the place: its characters left in the text would make any two requests about one
        // 小区 look alike in the character pairs too.
        var content = text;
        foreach (var place in places) content = content.Replace(place.Text, "，", StringComparison.Ordinal);
        return new MatterFeatures
        {
            TicketId = ticketId,
            Number = number,
            County = region.Length >= 6 ? region[..6] : "",
            Town = region.Length >= 9 ? region[..9] : null,
            CategoryCode = string.IsNullOrEmpty(categoryCode) ? null : categoryCode,
            ReceivedAt = receivedAt,
            Latitude = latitude,
            Longitude = longitude,
            Objects = [.. concepts.Where(c => MatterLexicon.Get(c).Kind == ConceptKind.Object)],
            Aspects = [.. concepts.Where(c => MatterLexicon.Get(c).Kind == ConceptKind.Aspect)],
            Places = places,
            Bigrams = TextBigrams.Of(content),
        };
    }
}
