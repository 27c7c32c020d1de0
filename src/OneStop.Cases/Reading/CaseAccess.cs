using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Cases.Reading;

/// <summary>
/// Loads a case for the one who acts on it, or refuses: an applicant only their own (another's case is 404, so
/// nobody learns which numbers exist); a window clerk the cases received in their region (not a bundle's parts);
/// an approver only the (sub-)cases routed to their own department.
/// </summary>
internal static class CaseAccess
{
    public static readonly NotFoundException NotFound = new("case.not-found", "办件不存在");

    /// <param name="acting">
    /// For an action that saves what it loaded: the connection is opened here and kept until the lease ends, so the
    /// load and the save run on one connection (EF Core would close it after the query and open another for the
    /// transaction, and every open of a pooled PostgreSQL connection first resets its session: seven statements).
    /// Reads do not keep it: a file download or a page would hold a pooled connection while it is sent.
    /// </param>
    public static async Task<Case> LoadAsync(CasesDbContext db, long id, bool acting, CancellationToken ct)
    {
        if (acting) await db.Database.OpenConnectionAsync(ct);
        return await CaseWithHistory.RunAsync(db, id, ct) ?? throw NotFound;
    }

    /// <summary>Every case action starts here: compiled once, not translated and looked up again per request.</summary>
    private static readonly CompiledQuery<CasesDbContext, long, Case?> CaseWithHistory =
        new((db, id, ct) => db.Cases.Include(c => c.History).FirstOrDefault(c => c.Id == id));

    public static async Task<Case> ForApplicantAsync(CasesDbContext db, DataScope scope, long id, CancellationToken ct)
    {
        scope.RequireSignedIn();
        var c = await LoadAsync(db, id, acting: false, ct);
        if (c.ApplicantAccountId is null || c.ApplicantAccountId != scope.User.AccountId) throw NotFound;
        return c;
    }

    public static async Task<(Case Case, StaffScope Scope)> ForClerkAsync(CasesDbContext db, DataScope scope, long id, CancellationToken ct)
    {
        var staff = scope.Staff(Role.WindowClerk);
        var c = await LoadAsync(db, id, acting: true, ct);
        if (c.Kind == CaseKind.BundlePart || !staff.CoversRegion(c.RegionCode))
            throw new ForbiddenException("case.out-of-scope", "该办件不在您的区划范围内");
        return (c, staff);
    }

    public static async Task<(Case Case, StaffScope Scope)> ForApproverAsync(CasesDbContext db, DataScope scope, long id, CancellationToken ct)
    {
        var staff = scope.Staff(Role.Approver);
        var c = await LoadAsync(db, id, acting: true, ct);
        if (c.Kind == CaseKind.Bundle || c.DepartmentId is null || c.DepartmentId != staff.DepartmentId)
            throw new ForbiddenException("case.out-of-scope", "该办件不是分送给本部门的办件");
        return (c, staff);
    }

    /// <summary>
    /// Reading: the applicant; staff who handle cases (else 404, as for anyone: a hotline agent learns nothing about
    /// which ids exist) and only once the applicant has submitted it — an online draft is the applicant's own until
    /// then (a walk-in draft is filled in by the clerk and stays theirs to read); a clerk of the region, the approvers
    /// of the department — for a 一件事 only their own part, which carries the materials their item needs, never the
    /// main case with every department's materials —, supervisors above.
    /// </summary>
    public static async Task<Case> ForReadingAsync(CasesDbContext db, DataScope scope, long id, CancellationToken ct)
    {
        scope.RequireSignedIn();
        var c = await LoadAsync(db, id, acting: false, ct);
        if (c.ApplicantAccountId is not null && c.ApplicantAccountId == scope.User.AccountId) return c;
        if (!(scope.Holds(Role.WindowClerk) || scope.Holds(Role.Approver) || scope.Holds(Role.Supervisor) || scope.Holds(Role.SystemAdmin)))
            throw NotFound;
        if (c.State == CaseState.Draft && c.Channel == CaseChannel.Online) throw NotFound;
        if (scope.Holds(Role.WindowClerk) && c.Kind != CaseKind.BundlePart && scope.Staff(Role.WindowClerk).CoversRegion(c.RegionCode)) return c;
        if (scope.Holds(Role.Approver) && c.DepartmentId is not null && c.DepartmentId == scope.User.DepartmentId) return c;
        if ((scope.Holds(Role.Supervisor) || scope.Holds(Role.SystemAdmin))
            && scope.Staff(Role.Supervisor, Role.SystemAdmin).CoversRegion(c.RegionCode)) return c;
        throw new ForbiddenException("case.out-of-scope", "该办件不在您的区划或部门范围内");
    }

    /// <summary>
    /// How much personal data a reader sees without asking: the one who fills the form in — its applicant, or the
    /// window clerk of a walk-in's case whenever the form may be saved (a draft, and again during 补正, as
    /// <see cref="FillingAccess"/> lets them) — sees the values as typed: a masked value saved back would replace the
    /// real one. Everyone else sees them masked.
    /// </summary>
    public static PersonalDetail DetailFor(DataScope scope, Case c) =>
        (c.ApplicantAccountId is not null && c.ApplicantAccountId == scope.User.AccountId)
        || (c.Channel == CaseChannel.Window && c.Kind != CaseKind.BundlePart && CaseTransitions.IsAllowed(c.State, CaseAction.SaveDraft)
            && scope.Holds(Role.WindowClerk) && scope.Staff(Role.WindowClerk).CoversRegion(c.RegionCode))
            ? PersonalDetail.OwnForm
            : PersonalDetail.Masked;

    public static Task<List<Case>> PartsAsync(CasesDbContext db, Case main, CancellationToken ct) =>
        main.Kind == CaseKind.Bundle
            ? db.Cases.Include(c => c.History).Where(c => c.ParentId == main.Id).OrderBy(c => c.Number).ToListAsync(ct)
            : Task.FromResult(new List<Case>());

    /// <summary>The actor of a staff action, named by the role they act in.</summary>
    public static CaseActor Actor(DataScope scope, string role) =>
        new(scope.User.AccountId, scope.User.Name, Role.Find(role)?.ChineseName ?? role);

    public static CaseActor ApplicantActor(DataScope scope) =>
        new(scope.User.AccountId, scope.User.Name, scope.Holds(Role.Enterprise) ? "申请人（法人）" : "申请人");
}

internal static class FillingAccess
{
    /// <summary>
    /// Who fills in a case: its applicant, or for a walk-in (窗口受理) case the window clerk of the region on the
    /// applicant's behalf. For an action on it (the connection stays open until its save).
    /// </summary>
    public static Task<(Case Case, CaseActor Actor)> LoadAsync(CasesDbContext db, DataScope scope, long id, CancellationToken ct) =>
        FillerAsync(db, scope, id, acting: true, ct);

    /// <summary>The same check for a page that only shows the case (it keeps no connection while it renders).</summary>
    public static Task<(Case Case, CaseActor Actor)> ReadAsync(CasesDbContext db, DataScope scope, long id, CancellationToken ct) =>
        FillerAsync(db, scope, id, acting: false, ct);

    private static async Task<(Case Case, CaseActor Actor)> FillerAsync(CasesDbContext db, DataScope scope, long id, bool acting,
        CancellationToken ct)
    {
        scope.RequireSignedIn();
        var c = await CaseAccess.LoadAsync(db, id, acting, ct);
        if (c.ApplicantAccountId is not null && c.ApplicantAccountId == scope.User.AccountId)
            return (c, CaseAccess.ApplicantActor(scope));
        if (c.Channel == CaseChannel.Window && scope.Holds(Role.WindowClerk) && c.Kind != CaseKind.BundlePart
            && scope.Staff(Role.WindowClerk).CoversRegion(c.RegionCode))
            return (c, CaseAccess.Actor(scope, Role.WindowClerk));
        throw CaseAccess.NotFound;
    }
}
