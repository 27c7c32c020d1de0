using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OneStop.Platform.Privacy;

namespace OneStop.Platform.Audit;

/// <summary>
/// What a save changed, captured before the save (old values are gone after it) and rendered after it (new keys
/// exist only then). Large batches, such as imports, are summarised as counts so the trail stays readable.
/// </summary>
internal sealed class ChangeSummary
{
    private const int DetailLimit = 20;
    private readonly List<(EntityEntry Entry, EntityState State, Dictionary<string, object?> Fields)> _items = [];

    public bool IsEmpty => _items.Count == 0;

    /// <summary>
    /// Whether a new row can be named only after the save: its key is made by the database and no unique index of
    /// values already known names it. Otherwise the summary can be rendered before the save, and the audit record
    /// written in the same batch as the change (one round trip fewer per action, ADR 0017).
    /// </summary>
    public bool NeedsStoreKeys => _items.Any(i => i.State == EntityState.Added && HasTemporaryKey(i.Entry) && AlternateKey(i.Entry) is null);

    /// <summary>The one region every changed row with a region belongs to, if they agree (who may read the record).</summary>
    public string? Region { get; private set; }

    public static ChangeSummary Capture(ChangeTracker tracker)
    {
        var summary = new ChangeSummary();
        var entries = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditRecord and not SecurityEvent and not PendingAuditRecord and not AuditHead)
            .ToList();
        foreach (var entry in entries)
            summary._items.Add((entry, entry.State, entries.Count <= DetailLimit ? Fields(entry) : []));
        var regions = entries.Select(e => e.Metadata.FindProperty("RegionCode") is { } p ? e.Property(p.Name).CurrentValue as string : null)
            .Where(r => !string.IsNullOrEmpty(r)).Distinct().ToList();
        summary.Region = regions.Count == 1 ? regions[0] : null;
        return summary;
    }

    public string Render()
    {
        if (_items.Count == 0) return "";
        if (_items.Count > DetailLimit)
        {
            var counts = _items.GroupBy(i => $"{i.Entry.Metadata.ClrType.Name}.{i.State}")
                .ToDictionary(g => g.Key, g => g.Count());
            return JsonSerializer.Serialize(new { counts }, Json);
        }
        var changes = _items.Select(i => new
        {
            entity = i.Entry.Metadata.ClrType.Name,
            op = i.State.ToString(),
            key = Key(i.Entry),
            fields = i.Fields,
        });
        return JsonSerializer.Serialize(changes, Json);
    }

    private static Dictionary<string, object?> Fields(EntityEntry entry)
    {
        var fields = new Dictionary<string, object?>();
        foreach (var p in entry.Properties)
        {
            if (p.Metadata.IsPrimaryKey()) continue;
            var name = p.Metadata.Name;
            if (entry.State == EntityState.Added && p.CurrentValue is not null)
                fields[name] = Mask(name, p.CurrentValue);
            else if (entry.State == EntityState.Modified && p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
            {
                // A structured value (a case's materials, steps, form) changes in one place at a time: the record names
                // that place ("Materials[4].DeferredDueDate") instead of copying the whole list twice, which made a
                // case action's record kilobytes long and unreadable on the trail's page.
                if (IsStructured(p.OriginalValue) || IsStructured(p.CurrentValue))
                    StructuredChanges.Diff(name, Node(p.OriginalValue), Node(p.CurrentValue), fields);
                else
                    fields[name] = new { from = Mask(name, p.OriginalValue), to = Mask(name, p.CurrentValue) };
            }
        }
        return fields;
    }

    /// <summary>
    /// The trail is read by administrators and supervisors: it must not become a copy of people's personal data
    /// (个人信息保护法), so passwords vanish and ID numbers and phones are masked by the one rule of <see cref="PersonalData"/>.
    /// </summary>
    private static object? Mask(string property, object? value)
    {
        if (value is null) return null;
        if (property == "SecurityStamp" || property.Contains("Password", StringComparison.OrdinalIgnoreCase) && property != "MustChangePassword") return "***";
        // A person recorded as one value (a case's applicant: name, ID, phone, address) is masked field by field.
        if (property == "Applicant" && value is not string && value.GetType().IsClass) return MaskPerson(value);
        return value switch
        {
            // The end of an ID number is half of the public progress lookup's key.
            string text when property.EndsWith("IdTail", StringComparison.Ordinal) => new string('*', text.Length),
            string text when property == "ResidentId" => PersonalData.MaskResidentId(text),
            string text when property == "Phone" => PersonalData.MaskPhone(text),
            string text when property == "Address" => PersonalData.MaskAddress(text),
            string text => PersonalData.MaskText(text),
            _ => value,
        };
    }

    private static System.Text.Json.Nodes.JsonNode? MaskPerson(object value)
    {
        var node = JsonSerializer.SerializeToNode(value, value.GetType(), Json);
        if (node is not System.Text.Json.Nodes.JsonObject person) return node;
        foreach (var (name, field) in person.ToList())
            if (field is System.Text.Json.Nodes.JsonValue) person[name] = MaskLeaf(name, field.DeepClone());
        return person;
    }

    /// <summary>A value inside a structure, masked by the name it has there (a phone is a phone in a form too).</summary>
    internal static System.Text.Json.Nodes.JsonNode? MaskLeaf(string name, System.Text.Json.Nodes.JsonNode? value)
    {
        if (value is System.Text.Json.Nodes.JsonArray list)
            return new System.Text.Json.Nodes.JsonArray(list.Select(v => MaskLeaf(name, v?.DeepClone())).ToArray());
        if (value is not System.Text.Json.Nodes.JsonValue v || !v.TryGetValue<string>(out var text)) return value;
        var lower = name.ToLowerInvariant();
        return lower.EndsWith("idtail", StringComparison.Ordinal) ? new string('*', text.Length)
            : lower switch
            {
                "idnumber" or "residentid" => PersonalData.MaskResidentId(text),
                "phone" or "mobile" => PersonalData.MaskPhone(text),
                "address" => PersonalData.MaskAddress(text),
                _ => PersonalData.MaskText(text),
            };
    }

    private static bool IsStructured(object? value) => value is not null and not string and not byte[]
        && !value.GetType().IsPrimitive && !value.GetType().IsEnum
        && value is not (DateTime or DateOnly or DateTimeOffset or TimeOnly or TimeSpan or decimal or Guid);

    private static System.Text.Json.Nodes.JsonNode? Node(object? value) =>
        value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), Json);

    /// <summary>
    /// The primary key's values; for a new row whose key the database has not made yet, the values of a unique index
    /// that names it already (a history entry: its case and its position), written as name=value.
    /// </summary>
    private static string Key(EntityEntry entry) =>
        HasTemporaryKey(entry) && AlternateKey(entry) is { } index
            ? string.Join(",", index.Properties.Select(p => $"{p.Name}={entry.Property(p.Name).CurrentValue}"))
            : string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private static bool HasTemporaryKey(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()!.Properties.Any(p => entry.Property(p.Name).IsTemporary);

    private static Microsoft.EntityFrameworkCore.Metadata.IIndex? AlternateKey(EntityEntry entry) =>
        entry.Metadata.GetIndexes().FirstOrDefault(i => i.IsUnique && i.Properties.All(p =>
            !entry.Property(p.Name).IsTemporary && entry.Property(p.Name).CurrentValue is not null));

    // Enum values by name ("InReview", not 4): a number in the trail says nothing once the enum changes; the trail's
    // page translates the names it knows (AuditVocabulary).
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
