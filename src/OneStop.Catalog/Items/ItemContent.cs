namespace OneStop.Catalog.Items;

/// <summary>必要性: must bring / may bring later (容缺) / not needed when the licence is in the e-licence library.</summary>
public enum MaterialNecessity { Required, Deferrable, WaivedWithElectronicLicence }

public enum MaterialForm { Original, Copy, Electronic }

/// <summary>来源: the applicant's own paper, or one a department issued (then fetchable as an e-licence).</summary>
public enum MaterialSource { Applicant, GovernmentIssued }

public sealed record MaterialRequirement(
    string Name,
    MaterialNecessity Necessity = MaterialNecessity.Required,
    MaterialForm Form = MaterialForm.Original,
    int PaperCopies = 1,
    MaterialSource Source = MaterialSource.Applicant,
    string? LicenceType = null,
    string? BlankFormUrl = null,
    string? SampleUrl = null,
    string? Notes = null,
    string? IssuedBy = null);

public sealed record ProcessStep(string Name, string? Description = null, int? LimitDays = null);

/// <summary>收费项目; <paramref name="Amount"/> in yuan when the standard is a fixed sum (so bundles can add fees up).</summary>
public sealed record Fee(string Name, string? Standard, string? Basis, bool Waivable = false, decimal? Amount = null);

/// <summary>
/// A field of the application form; the key is shared across items so a bundle asks it once. <paramref name="Kind"/>
/// says what a value must be (<see cref="FormFieldValues"/> reads it); <paramref name="Options"/> are the choices of a
/// <see cref="FormFieldKind.Choice"/> field, shown as a drop-down, so a 秒批 rule over them cannot miss a spelling.
/// </summary>
public sealed record FormField(string Key, string Label, bool Required = true, FormFieldKind Kind = FormFieldKind.Text,
    IReadOnlyList<string>? Options = null);

/// <summary>中介服务: a service by a third party the applicant must obtain first (评估、检测…).</summary>
public sealed record IntermediaryService(string Name, int? LimitDays = null, string? Fee = null, string? Basis = null);

public sealed record Faq(string Question, string Answer);

public enum HandlingChannel { Window, Online, Post, Appointment, SelfServiceKiosk }

/// <summary>即办件 (decided on the spot) or 承诺件 (decided within the promised limit).</summary>
public enum CaseType { Immediate, Promised }

public enum CrossRegionScope { None, WithinCity, WithinProvince, CrossProvince }

public enum ResultType { Certificate, Document, Approval, None }

/// <summary>
/// One version's content: the 三级十同 fields (same name, code, basis, conditions, materials, steps, limits, fees,
/// channels and visits wherever the item is handled). Stored as one JSON document per version.
/// </summary>
public sealed record ItemContent
{
    public required string MainItemName { get; init; }
    public string? SubItemName { get; init; }

    /// <summary>业务办理项: the third level under the sub-item (e.g. 退役军人持军队驾驶证申请机动车驾驶证), when the source has one.</summary>
    public string? HandlingItemName { get; init; }
    public ItemKind Kind { get; init; }
    public string? BasicCode { get; init; }
    public required string ImplementationCode { get; init; }
    public string? HandlingCode { get; init; }
    public required string DepartmentName { get; init; }
    public required string RegionCode { get; init; }
    public string? LegalBasis { get; init; }
    public string? AcceptanceConditions { get; init; }
    public IReadOnlyList<MaterialRequirement> Materials { get; init; } = [];
    public IReadOnlyList<ProcessStep> Steps { get; init; } = [];
    public int? StatutoryLimitDays { get; init; }
    public int? PromisedLimitDays { get; init; }
    public CaseType CaseType { get; init; } = CaseType.Promised;
    public IReadOnlyList<Fee> Fees { get; init; } = [];
    public IReadOnlyList<HandlingChannel> Channels { get; init; } = [HandlingChannel.Window];
    public int RequiredVisits { get; init; } = 1;
    public string? VisitsReason { get; init; }
    public int OnlineDepth { get; init; }
    public CrossRegionScope CrossRegion { get; init; }
    public string? ResultName { get; init; }
    public ResultType ResultType { get; init; } = ResultType.None;
    public IReadOnlyList<IntermediaryService> IntermediaryServices { get; init; } = [];
    public IReadOnlyList<Faq> Faqs { get; init; } = [];
    public IReadOnlyList<FormField> FormFields { get; init; } = [];
    public string? HandlingLocation { get; init; }
    public string? ConsultPhone { get; init; }
    public string? ComplaintPhone { get; init; }

    /// <summary>秒批: when set, an application that satisfies the rule is accepted and decided at once.</summary>
    public AutoDecisionRule? AutoDecision { get; init; }

    /// <summary>
    /// The name people see: the most specific level. A handling item's name is often only the variant (变更, 新申请),
    /// so it is shown after its sub-item's name unless it already reads as a whole name.
    /// </summary>
    public string DisplayName
    {
        get
        {
            var parent = string.IsNullOrWhiteSpace(SubItemName) ? MainItemName : SubItemName!;
            if (string.IsNullOrWhiteSpace(HandlingItemName) || HandlingItemName == parent)
            {
                return parent;
            }
            return HandlingItemName.Length >= MinWholeHandlingName || HandlingItemName.Contains(parent, StringComparison.Ordinal)
                ? HandlingItemName
                : $"{parent}（{HandlingItemName}）";
        }
    }

    /// <summary>Shorter handling names (变更, 到期换发, 遗失补发) are variants, not names.</summary>
    private const int MinWholeHandlingName = 8;

    public bool IsOnline => Channels.Contains(HandlingChannel.Online);
}
