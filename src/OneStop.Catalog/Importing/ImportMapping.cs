using OneStop.Catalog.Import;
using OneStop.Catalog.Items;

namespace OneStop.Catalog.Importing;

/// <summary>
/// How a source row becomes version content. Only what the source says is taken over; nothing is invented to make
/// an item pass the publishing checks (missing steps or visit reasons are reported as data-quality findings).
/// </summary>
public static class ImportMapping
{
    public static ItemContent ToContent(ImportedItem s)
    {
        var promised = WorkingDays(s.PromisedLimit);
        var channels = new List<HandlingChannel> { HandlingChannel.Window };
        if (s.OnlineCapable == true) channels.Add(HandlingChannel.Online);
        if (s.SupportsPost == true) channels.Add(HandlingChannel.Post);
        if (s.OnlineBooking == true) channels.Add(HandlingChannel.Appointment);
        return new ItemContent
        {
            MainItemName = s.MainItemName,
            SubItemName = s.SubItemName,
            HandlingItemName = s.HandlingItemName,
            Kind = ItemKinds.TryParse(s.KindText, out var kind) ? kind : ItemKind.OtherAdministrativePower,
            BasicCode = s.BasicCode,
            ImplementationCode = s.ImplementationCode,
            DepartmentName = s.DepartmentName,
            RegionCode = RegionOf(s.RegionCode) ?? "",
            AcceptanceConditions = s.AcceptanceConditions,
            Materials = s.Materials.Select(m => new MaterialRequirement(m)).ToList(),
            StatutoryLimitDays = WorkingDays(s.StatutoryLimit),
            PromisedLimitDays = promised,
            CaseType = promised == 0 ? CaseType.Immediate : CaseType.Promised,
            Channels = channels,
            RequiredVisits = s.RequiredVisits ?? 1,
            HandlingLocation = s.HandlingLocation,
            ConsultPhone = s.ConsultPhone,
            ComplaintPhone = s.ComplaintPhone,
        };
    }

    /// <summary>Limits in natural days are not converted: the catalog counts working days, and guessing would be wrong.</summary>
    private static int? WorkingDays(TimeLimit? limit) => limit is { WorkingDays: true } ? limit.Days : null;

    /// <summary>Statistical 12-digit codes (511602000000) name the same county as their first six digits.</summary>
    public static string? RegionOf(string? code) => code switch
    {
        null => null,
        { Length: 12 } when code.EndsWith("000000", StringComparison.Ordinal) => code[..6],
        { Length: 9 } when code.EndsWith("000", StringComparison.Ordinal) => code[..6],
        _ => code,
    };
}
