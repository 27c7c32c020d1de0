using Microsoft.Extensions.DependencyInjection;

namespace OneStop.Platform.Audit;

/// <summary>
/// A module's words for the audit trail's readers: the Chinese names of the actions it writes with <c>db.Audit</c>,
/// of its record types, of their fields (at any depth of a structured field: "申请材料第5项 · 容缺材料补交期限") and of
/// the coded values those fields hold. Each module hands its own (<see cref="AuditWordsRegistration.AddAuditWords"/>),
/// so the trail speaks every module's language without Platform knowing any module's fields.
/// </summary>
public sealed record AuditWords
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    /// <summary>Action code ("case.accept") → its name ("受理").</summary>
    public IReadOnlyDictionary<string, string> Actions { get; init; } = None;

    /// <summary>Record type as EF Core names it ("Case") → its name ("办件"). The fields below apply to these records.</summary>
    public IReadOnlyDictionary<string, string> Records { get; init; } = None;

    /// <summary>Property name → its name, wherever it appears in this module's records ("DueDate" → "期限").</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = None;

    /// <summary>
    /// A record's own column whose name differs from the same property inside a structure: "Case.Number" → 办件编号
    /// (a material's "Number" would not be one).
    /// </summary>
    public IReadOnlyDictionary<string, string> RecordFields { get; init; } = None;

    /// <summary>Field → stored coded value → its name ("State" → "Submitted" → "待预审"): enums are stored by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>An enum's members by name, each with its Chinese, for <see cref="Values"/>.</summary>
    public static IReadOnlyDictionary<string, string> Names<TEnum>(Func<TEnum, string> chinese) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToDictionary(v => v.ToString(), chinese);
}

public static class AuditWordsRegistration
{
    /// <summary>Adds a module's words to the trail's vocabulary (read once, when the trail is first shown).</summary>
    public static IServiceCollection AddAuditWords(this IServiceCollection services, AuditWords words) =>
        services.AddSingleton(words);
}
