using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Catalog.Contracts;
using OneStop.Platform.Accounts;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Cases.Applying;

public sealed record StartApplicationRequest(long? ItemId, long? BundleId);

/// <summary>
/// 在线申请: an applicant starts a draft for a published item or bundle; their profile (一人一档/一企一档) fills
/// the applicant part, so it is not asked again.
/// </summary>
public static class StartApplication
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cases", async (StartApplicationRequest request, CasesDbContext db, DataScope scope, IServiceItemCatalog catalog,
                IApplicantDirectory applicants, OpenDraftLimit limit, IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) =>
            {
                var c = await HandleAsync(request, db, scope, catalog, applicants, limit, time, ct);
                return TypedResults.Created($"/api/cases/{c.Id}", await CaseViews.ForAsync(c, scope, calendar, ct));
            })
            .WithName("StartApplication").WithSummary("在线申请：为事项或一件事新建申请草稿")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

    public static async Task<Case> HandleAsync(StartApplicationRequest request, CasesDbContext db, DataScope scope,
        IServiceItemCatalog catalog, IApplicantDirectory applicants, OpenDraftLimit limit, TimeProvider time, CancellationToken ct)
    {
        scope.RequireSignedIn();
        if (!scope.Holds(Role.Citizen) && !scope.Holds(Role.Enterprise))
            throw new ForbiddenException("case.applicants-only", "只有自然人或法人账号可以在线申请；窗口人员请使用窗口受理");
        var profile = await applicants.FindAsync(scope.User.AccountId ?? 0, ct)
            ?? throw new ForbiddenException("case.applicants-only", "只有自然人或法人账号可以在线申请");
        var applicant = ApplicantFrom(profile);
        var c = await DraftAsync(request, applicant, CaseChannel.Online, catalog, time, ct);
        using var room = await limit.ReserveAsync(db, profile.AccountId, time.GetUtcNow().UtcDateTime, ct);
        db.Cases.Add(c);
        await CaseWrites.SaveAsync(db, c, CaseAction.SaveDraft, $"新建申请草稿：{c.ItemName}", ct);
        return c;
    }

    internal static Applicant ApplicantFrom(ApplicantProfile p) => new(
        p.Kind == ApplicantKind.Enterprise ? ApplicantType.Enterprise : ApplicantType.Citizen, p.AccountId, p.Name,
        (p.Kind == ApplicantKind.Enterprise ? p.CreditCode : p.ResidentId) ?? "", p.Phone, p.Address, p.LegalRepresentative);

    /// <summary>The draft for an item or a bundle in force today, or the refusal that says why none can be made.</summary>
    internal static async Task<Case> DraftAsync(StartApplicationRequest request, Applicant applicant, CaseChannel channel,
        IServiceItemCatalog catalog, TimeProvider time, CancellationToken ct)
    {
        var today = ChinaTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        if (request.ItemId is { } itemId == request.BundleId is not null)
            throw RequestValidationException.For("itemId", "请选择一个事项或一件事", "case.item-required");
        if (request.ItemId is { } id)
        {
            var item = await catalog.FindInForceAsync(id, today, ct);
            if (item is null)
                throw await catalog.ExistsAsync(id, ct)
                    ? new BusinessRuleException("case.item-not-in-force", "该事项当前未发布或已停止实施，不能申请")
                    : new NotFoundException("case.item-not-found", "事项不存在");
            CheckApplicable(item, channel);
            var draft = Case.Draft(item, applicant, channel, now);
            draft.PrefillFromApplicant(today);
            return draft;
        }
        var bundle = await catalog.FindBundleAsync(request.BundleId!.Value, today, ct)
            ?? throw new NotFoundException("case.bundle-not-found", "一件事不存在或未发布");
        foreach (var member in bundle.Members)
        {
            if (member.VersionId == 0)
                throw new BusinessRuleException("case.bundle-member-not-in-force", $"一件事中的{member.Name}当前未发布或已停止实施，暂不能申请");
            CheckApplicable(member, channel);
        }
        var main = Case.BundleDraft(bundle, applicant, channel, now);
        main.PrefillFromApplicant(today);
        return main;
    }

    private static void CheckApplicable(PublishedItem item, CaseChannel channel)
    {
        if (channel == CaseChannel.Online && !item.IsOnline)
            throw new BusinessRuleException("case.item-not-online", $"“{item.Name}”不支持网上申请，请到政务服务中心窗口办理");
        if (item.DepartmentId is null)
            throw new BusinessRuleException("case.department-unmapped",
                $"“{item.Name}”的实施部门（{item.DepartmentName}）尚未在平台登记，暂不能申请",
                "事项目录管理员对应实施部门后即可申请；如需办理请咨询 12345 或到政务服务中心窗口。");
    }
}
