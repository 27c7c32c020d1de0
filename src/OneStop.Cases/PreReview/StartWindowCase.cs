using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Applying;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Catalog.Contracts;
using OneStop.Platform.Accounts;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Identity;
using OneStop.Platform.Security;

namespace OneStop.Cases.PreReview;

public sealed record WindowCaseRequest(long? ItemId, long? BundleId, string? ApplicantType, string? IdNumber, string? Name,
    string? Phone, string? Address, string? LegalRepresentative);

/// <summary>
/// 一窗受理: a window clerk starts a case for a walk-in applicant, identified by resident ID (自然人) or unified
/// social credit code (法人), for any item of their region. A registered applicant's profile is reused and the case
/// appears in their 我的办件; otherwise the clerk types the name (and phone).
/// </summary>
public static class StartWindowCase
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cases/window", async (WindowCaseRequest request, CasesDbContext db, DataScope scope, IServiceItemCatalog catalog,
                IApplicantDirectory applicants, IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) =>
            {
                var c = await HandleAsync(request, db, scope, catalog, applicants, time, ct);
                return TypedResults.Created($"/api/cases/{c.Id}", await CaseViews.ForAsync(c, scope, calendar, ct));
            })
            .WithName("StartWindowCase").WithSummary("窗口受理：为到窗口的申请人新建办件（凭身份证号或统一社会信用代码）")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

    /// <summary>The region's walk-in cases started and not yet submitted, newest first: a clerk called away finds theirs again.</summary>
    public static Task<List<Case>> OpenDraftsAsync(CasesDbContext db, DataScope scope, CancellationToken ct)
    {
        var staff = scope.Staff(Role.WindowClerk);
        return db.Cases.AsNoTracking()
            .Where(c => c.RegionCode == staff.Region && c.Channel == CaseChannel.Window && c.State == CaseState.Draft && c.Kind != CaseKind.BundlePart)
            .OrderByDescending(c => c.CreatedAt).Take(50).ToListAsync(ct);
    }

    public static async Task<Case> HandleAsync(WindowCaseRequest request, CasesDbContext db, DataScope scope, IServiceItemCatalog catalog,
        IApplicantDirectory applicants, TimeProvider time, CancellationToken ct)
    {
        var staff = scope.Staff(Role.WindowClerk);
        var applicant = await ApplicantAsync(request, applicants, ChinaTime.Today(time), ct);
        var c = await StartApplication.DraftAsync(new StartApplicationRequest(request.ItemId, request.BundleId), applicant,
            CaseChannel.Window, catalog, time, ct);
        if (!staff.CoversRegion(c.RegionCode))
            throw new ForbiddenException("case.out-of-scope", "该事项不在您的区划范围内，不能在本窗口受理");
        db.Cases.Add(c);
        await CaseWrites.SaveAsync(db, c, CaseAction.SaveDraft, $"窗口新建办件：{c.ItemName}", ct);
        return c;
    }

    private static async Task<Applicant> ApplicantAsync(WindowCaseRequest r, IApplicantDirectory applicants, DateOnly today, CancellationToken ct)
    {
        var v = new Validator();
        var id = (r.IdNumber ?? "").Trim().ToUpperInvariant();
        var enterprise = r.ApplicantType?.Trim() is "Enterprise" or "法人";
        if (r.ApplicantType?.Trim() is not ("Citizen" or "自然人" or "Enterprise" or "法人"))
            v.Add("applicantType", "请选择申请人类型（自然人或法人）", "case.invalid-applicant");
        else if (!enterprise && !ResidentId.Check(id, today).IsValid)
            v.Add("idNumber", "身份证号码无效", "case.invalid-applicant");
        else if (enterprise && !CreditCode.Check(id).IsValid)
            v.Add("idNumber", "统一社会信用代码无效", "case.invalid-applicant");
        var name = v.Text("name", r.Name, 100, required: false);
        var phone = v.Text("phone", r.Phone, 20, required: false);
        var address = v.Text("address", r.Address, 200, required: false);
        var legal = v.Text("legalRepresentative", r.LegalRepresentative, 50, required: false);
        v.ThrowIfInvalid("case.invalid-applicant");
        var profile = enterprise ? await applicants.FindByCreditCodeAsync(id, ct) : await applicants.FindByResidentIdAsync(id, ct);
        if (profile is not null)
        {
            var known = StartApplication.ApplicantFrom(profile);
            return known with { Phone = known.Phone ?? NullIfEmpty(phone), Address = known.Address ?? NullIfEmpty(address) };
        }
        if (name.Length == 0) throw RequestValidationException.For("name", "平台中没有该申请人的档案，请填写申请人名称", "case.invalid-applicant");
        return new Applicant(enterprise ? ApplicantType.Enterprise : ApplicantType.Citizen, null, name, id, NullIfEmpty(phone),
            NullIfEmpty(address), NullIfEmpty(legal));
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
