using System.Globalization;
using OneStop.Catalog.Items;

namespace OneStop.Catalog.Pages.Admin.Catalog.Editor;

/// <summary>本地差异 X as the form posts it: only what differs from the general item N; blanks mean "as in N".</summary>
public sealed class VariationForm
{
    public bool NotOffered { get; set; }
    public string? DepartmentName { get; set; }
    public string? PromisedLimitDays { get; set; }
    public List<HandlingChannel> ExtraChannels { get; set; } = [];
    public string? HandlingLocation { get; set; }
    public string? ConsultPhone { get; set; }
    public string? ComplaintPhone { get; set; }
    public string? RequiredVisits { get; set; }
    public string? VisitsReason { get; set; }
    public List<string> WaivedMaterials { get; set; } = [];

    /// <summary>The general item's material names, offered as 免提交 choices.</summary>
    public IReadOnlyList<string> GeneralMaterials { get; set; } = [];

    public static VariationForm From(LocalVariation? v) => v is null ? new() : new()
    {
        NotOffered = v.NotOffered, DepartmentName = v.DepartmentName, PromisedLimitDays = v.PromisedLimitDays?.ToString(CultureInfo.InvariantCulture),
        ExtraChannels = [.. v.ExtraChannels], HandlingLocation = v.HandlingLocation, ConsultPhone = v.ConsultPhone, ComplaintPhone = v.ComplaintPhone,
        RequiredVisits = v.RequiredVisits?.ToString(CultureInfo.InvariantCulture), VisitsReason = v.VisitsReason, WaivedMaterials = [.. v.WaivedMaterials],
    };

    public LocalVariation? ToVariation(List<string> errors)
    {
        int? Number(string path, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
            errors.Add(ItemFieldLabels.Message(path, "须填写阿拉伯数字（如 5）"));
            return null;
        }
        var variation = new LocalVariation
        {
            NotOffered = NotOffered, DepartmentName = Blank(DepartmentName), PromisedLimitDays = Number("promisedLimitDays", PromisedLimitDays),
            ExtraChannels = ExtraChannels.Distinct().ToList(), HandlingLocation = Blank(HandlingLocation), ConsultPhone = Blank(ConsultPhone),
            ComplaintPhone = Blank(ComplaintPhone), RequiredVisits = Number("requiredVisits", RequiredVisits), VisitsReason = Blank(VisitsReason),
            WaivedMaterials = WaivedMaterials.Where(m => !string.IsNullOrWhiteSpace(m)).Distinct().ToList(),
        };
        return errors.Count == 0 ? variation : null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
