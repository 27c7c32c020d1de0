using OneStop.Catalog.Contracts;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;

namespace OneStop.Cases.Domain;

/// <summary>
/// 办件: one application for one published item version (or a 一件事 bundle: a main case and one part per member
/// item). Every change goes through <see cref="Apply"/>, which checks the state table, appends the history entry and
/// bumps <see cref="Revision"/> (the optimistic concurrency token: of two staff acting at once, one wins).
/// </summary>
public sealed partial class Case
{
    private readonly List<CaseEvent> _history = [];

    public long Id { get; private set; }
    /// <summary>办件编号, given at submission: region + date + serial (440106-20261201-000017); parts add "-1", "-2".</summary>
    public string? Number { get; private set; }
    public CaseKind Kind { get; private init; }
    public long? ParentId { get; private init; }
    public CaseState State { get; private set; }
    public CaseChannel Channel { get; private init; }

    // The item (or bundle) exactly as published when applied for: later catalog changes never alter it.
    public long? ItemId { get; private init; }
    public long? ItemVersionId { get; private init; }
    public long? BundleId { get; private init; }
    public string ItemCode { get; private init; } = "";
    public string ItemName { get; private init; } = "";
    public PublishedItem? Item { get; private init; }
    public PublishedBundle? Bundle { get; private init; }

    /// <summary>Where the case is received (clerk scope) and which department decides it (approver scope).</summary>
    public string RegionCode { get; private init; } = "";
    public long? DepartmentId { get; private init; }
    public string DepartmentName { get; private init; } = "";

    public Applicant Applicant { get; private init; } = null!;
    public long? ApplicantAccountId { get; private init; }
    /// <summary>Last 6 characters of the applicant's ID number: with the case number, the public progress lookup key.</summary>
    public string ApplicantIdTail { get; private init; } = "";

    public IReadOnlyDictionary<string, string> Fields { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<SubmittedMaterial> Materials { get; private set; } = [];
    public IReadOnlyList<CaseStep> Steps { get; private set; } = [];
    public IReadOnlyList<ClockPause> Pauses { get; private set; } = [];
    public IReadOnlyList<Extension> Extensions { get; private set; } = [];
    public SupplementRequest? Supplement { get; private set; }

    public DateTime CreatedAt { get; private init; }
    public DateTime? SubmittedAt { get; private set; }
    public DateOnly? AcceptedOn { get; private set; }
    public DateOnly? StatutoryDueDate { get; private set; }
    public DateOnly? PromisedDueDate { get; private set; }
    /// <summary>The current step's due date (for "due soon" and "overdue" lists).</summary>
    public DateOnly? StepDueDate { get; private set; }
    public DateOnly? DeferredDueDate { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public Decision? Decision { get; private set; }
    public string? DecisionReason { get; private set; }
    /// <summary>The 秒批 rule that decided the case, if one did.</summary>
    public string? DecidedByRule { get; private set; }
    public string? RefusalReason { get; private set; }

    /// <summary>Bytes of every file attached (the per-case limit is checked against it).</summary>
    public long FileBytes { get; private set; }
    public int Revision { get; private set; }

    public IReadOnlyList<CaseEvent> History => _history;

    public bool IsClockRunning => State == CaseState.InReview;

    /// <summary>Accepted, and its clock stopped for a 补正 during review or a special procedure: due dates move on when it runs again.</summary>
    public bool IsClockPaused => State is CaseState.ReviewSupplement or CaseState.SpecialProcedure;

    // ---- creation ----------------------------------------------------------------------------------------------

    public static Case Draft(PublishedItem item, Applicant applicant, CaseChannel channel, DateTime now) => new()
    {
        Kind = CaseKind.Single, State = CaseState.Draft, Channel = channel, ItemId = item.ItemId, ItemVersionId = item.VersionId,
        ItemCode = item.ImplementationCode, ItemName = item.Name, Item = item, RegionCode = item.RegionCode,
        DepartmentId = item.DepartmentId, DepartmentName = item.DepartmentName, Applicant = applicant,
        ApplicantAccountId = applicant.AccountId, ApplicantIdTail = Tail(applicant.IdNumber), CreatedAt = now,
        Materials = item.Materials.Select(m => new SubmittedMaterial(m.Name, m.Required, m.Deferrable,
            m.WaivedWithLicence ? MaterialStatus.Waived : MaterialStatus.Missing, [], [item.Name])).ToList(),
    };

    /// <summary>
    /// A bundle's main case: one form (each shared field once) and one material list (a material several items need
    /// listed once, with the items that need it). Its parts are created at acceptance.
    /// </summary>
    public static Case BundleDraft(PublishedBundle bundle, Applicant applicant, CaseChannel channel, DateTime now) => new()
    {
        Kind = CaseKind.Bundle, State = CaseState.Draft, Channel = channel, BundleId = bundle.BundleId, ItemCode = bundle.Code,
        ItemName = bundle.Name, Bundle = bundle, RegionCode = bundle.RegionCode, DepartmentName = "", Applicant = applicant,
        ApplicantAccountId = applicant.AccountId, ApplicantIdTail = Tail(applicant.IdNumber), CreatedAt = now,
        Materials = bundle.Members.SelectMany(i => i.Materials.Select(m => (Item: i, Material: m)))
            .GroupBy(x => x.Material.Name)
            .Select(g => new SubmittedMaterial(g.Key, g.Any(x => x.Material.Required), g.All(x => x.Material.Deferrable || !x.Material.Required),
                g.All(x => x.Material.WaivedWithLicence) ? MaterialStatus.Waived : MaterialStatus.Missing, [],
                g.Select(x => x.Item.Name).Distinct().ToList()))
            .ToList(),
    };

    private Case Part(PublishedItem item, int index, DateTime now) => new()
    {
        Kind = CaseKind.BundlePart, ParentId = Id, State = CaseState.Submitted, Channel = Channel, Number = $"{Number}-{index}",
        ItemId = item.ItemId, ItemVersionId = item.VersionId, BundleId = BundleId, ItemCode = item.ImplementationCode,
        ItemName = item.Name, Item = item, RegionCode = item.RegionCode, DepartmentId = item.DepartmentId,
        DepartmentName = item.DepartmentName, Applicant = Applicant, ApplicantAccountId = ApplicantAccountId,
        ApplicantIdTail = ApplicantIdTail, CreatedAt = now, SubmittedAt = SubmittedAt, Fields = Fields,
        // Shared materials are the same files: each department sees what its item needs.
        Materials = Materials.Where(m => m.NeededBy.Contains(item.Name)).ToList(),
        FileBytes = Materials.Where(m => m.NeededBy.Contains(item.Name)).Sum(m => m.Bytes),
    };

    /// <summary>The members of a bundle whose parts this case has, in bundle order.</summary>
    public IReadOnlyList<PublishedFormField> FormFields => Kind == CaseKind.Bundle
        ? Bundle!.Members.SelectMany(m => m.FormFields).GroupBy(f => f.Key)
            .Select(g => g.First() with { Required = g.Any(f => f.Required) }).ToList()
        : Item!.FormFields;

    private static string Tail(string id) => id.Length <= 6 ? id : id[^6..];

    // ---- the one way to change a case ----------------------------------------------------------------------------

    private CaseEvent Apply(CaseAction action, CaseActor actor, DateTime now, string? opinion = null, string? detail = null,
        IReadOnlyList<CaseFile>? attachments = null)
    {
        var from = State;
        var to = CaseTransitions.Next(from, action);
        var entry = new CaseEvent
        {
            CaseId = Id, Sequence = _history.Count + 1, At = now, Action = action, From = from, To = to,
            ActorId = actor.AccountId, ActorName = actor.Name, ActorRole = actor.RoleLabel, Opinion = opinion,
            Detail = detail, Attachments = attachments ?? [],
        };
        _history.Add(entry);
        State = to;
        Revision++;
        return entry;
    }

    /// <summary>Refuses the action unless the state table allows it now (checked before any input is used).</summary>
    public void Require(CaseAction action)
    {
        if (!CaseTransitions.IsAllowed(State, action)) throw CaseTransitions.Refusal(State, action);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private SubmittedMaterial MaterialAt(int index) => index >= 0 && index < Materials.Count ? Materials[index]
        : throw new NotFoundException("case.material-not-found", "申请材料不存在");

    private static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> list, int index, T value)
    {
        var copy = list.ToList();
        copy[index] = value;
        return copy;
    }
}
