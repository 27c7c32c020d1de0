using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

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

    public static ChangeSummary Capture(ChangeTracker tracker)
    {
        var summary = new ChangeSummary();
        var entries = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditRecord and not AuditHead)
            .ToList();
        foreach (var entry in entries)
            summary._items.Add((entry, entry.State, entries.Count <= DetailLimit ? Fields(entry) : []));
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
            var sensitive = p.Metadata.Name.Contains("Password", StringComparison.OrdinalIgnoreCase);
            if (entry.State == EntityState.Added && p.CurrentValue is not null)
                fields[p.Metadata.Name] = sensitive ? "***" : p.CurrentValue;
            else if (entry.State == EntityState.Modified && p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                fields[p.Metadata.Name] = sensitive ? "***" : new { from = p.OriginalValue, to = p.CurrentValue };
        }
        return fields;
    }

    private static string Key(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
