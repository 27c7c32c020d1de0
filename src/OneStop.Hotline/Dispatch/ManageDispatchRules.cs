using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Dispatch;

/// <summary>
/// Maintaining the 派单目录: the hotline centre's dispatchers and the system administrators, each for the regions in
/// their scope. Every change is one transaction with one audit record; an edit or a deletion names the revision it
/// was made on, so of two administrators editing the same rule the second gets 409 dispatch.changed.
/// </summary>
public sealed class ManageDispatchRules(HotlineDbContext db, DataScope scope, IRegionDirectory regions, IDepartmentDirectory departments,
    TimeProvider time)
{
    public static readonly string[] Managers = [Role.SystemAdmin, Role.HotlineDispatcher];
    public static readonly string[] Readers = [Role.SystemAdmin, Role.HotlineDispatcher, Role.HotlineAgent, Role.Supervisor];

    public static readonly NotFoundException NotFound = new("dispatch.rule-not-found", "派单规则不存在");

    public static BusinessRuleException Changed => new("dispatch.changed", "派单规则已被他人修改，请刷新后重试",
        "您打开后，这条派单规则已被其他人修改或删除；请重新打开查看最新内容后再操作。");

    public async Task<List<DispatchRuleView>> ListAsync(string? categoryPrefix, string? regionCode, CancellationToken ct)
    {
        var staff = scope.Staff(Readers);
        var query = db.Set<DispatchRule>().AsNoTracking().Where(r => r.RegionCode.StartsWith(staff.RegionPrefix));
        if (!string.IsNullOrWhiteSpace(categoryPrefix)) query = query.Where(r => r.CategoryCode.StartsWith(categoryPrefix.Trim()));
        if (!string.IsNullOrWhiteSpace(regionCode)) query = query.Where(r => r.RegionCode == regionCode.Trim());
        var rules = await query.OrderBy(r => r.RegionCode).ThenBy(r => r.CategoryCode).Take(1000).ToListAsync(ct);
        return await DispatchRuleView.OfAsync(rules, departments, regions, ct);
    }

    public async Task<DispatchRuleView> GetAsync(long id, CancellationToken ct)
    {
        var staff = scope.Staff(Readers);
        var rule = await db.Set<DispatchRule>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFound;
        if (!staff.CoversRegion(rule.RegionCode)) throw NotFound;
        return (await DispatchRuleView.OfAsync([rule], departments, regions, ct))[0];
    }

    public async Task<DispatchRuleView> CreateAsync(DispatchRuleRequest request, CancellationToken ct)
    {
        scope.Staff(Managers);
        var valid = await DispatchRuleInput.CheckAsync(request, regions, departments, ct);
        scope.StaffFor(valid.RegionCode, null, Managers);
        if (await db.Set<DispatchRule>().AnyAsync(r => r.CategoryCode == valid.CategoryCode && r.RegionCode == valid.RegionCode, ct))
            throw new BusinessRuleException("dispatch.rule-exists", "该分类在该区划已有派单规则", "请修改已有的规则，而不是再新建一条。");
        var rule = new DispatchRule(valid.CategoryCode, valid.RegionCode, valid.Main.Id, valid.CoHandlers.Select(d => d.Id), valid.Note,
            scope.User.Name, time.GetUtcNow().UtcDateTime);
        db.Set<DispatchRule>().Add(rule);
        db.Audit("hotline.dispatch-rule-create", Target(rule), Summary(valid), rule.RegionCode);
        await SaveAsync(ct);
        return (await DispatchRuleView.OfAsync([rule], departments, regions, ct))[0];
    }

    public async Task<DispatchRuleView> UpdateAsync(long id, DispatchRuleRequest request, CancellationToken ct)
    {
        var rule = await LoadForChangeAsync(id, request.Revision, ct);
        // The identity stays: the request may omit category and region, or repeat them; another value is refused.
        var valid = await DispatchRuleInput.CheckAsync(request with
        {
            CategoryCode = request.CategoryCode ?? rule.CategoryCode, RegionCode = request.RegionCode ?? rule.RegionCode,
        }, regions, departments, ct);
        if (valid.CategoryCode != rule.CategoryCode || valid.RegionCode != rule.RegionCode)
            throw new BusinessRuleException("dispatch.identity-fixed", "不能修改规则的分类和区划", "请删除这条规则后按新的分类或区划新建。");
        rule.Change(valid.Main.Id, valid.CoHandlers.Select(d => d.Id), valid.Note, scope.User.Name, time.GetUtcNow().UtcDateTime);
        db.Audit("hotline.dispatch-rule-update", Target(rule), Summary(valid), rule.RegionCode);
        await SaveAsync(ct);
        return (await DispatchRuleView.OfAsync([rule], departments, regions, ct))[0];
    }

    public async Task DeleteAsync(long id, int? revision, CancellationToken ct)
    {
        var rule = await LoadForChangeAsync(id, revision, ct);
        db.Set<DispatchRule>().Remove(rule);
        db.Audit("hotline.dispatch-rule-delete", Target(rule), $"删除规则（原主办单位编号 {rule.MainDepartmentId}）", rule.RegionCode);
        await SaveAsync(ct);
    }

    private async Task<DispatchRule> LoadForChangeAsync(long id, int? revision, CancellationToken ct)
    {
        var staff = scope.Staff(Managers);
        var rule = await db.Set<DispatchRule>().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw NotFound;
        if (!staff.CoversRegion(rule.RegionCode)) throw new ForbiddenException("dispatch.out-of-scope", "该派单规则不在您的区划范围内");
        if (revision is null) throw RequestValidationException.For("revision", "缺少版本号（请从最新的规则页面提交）", "dispatch.revision-required");
        if (revision != rule.Revision) throw Changed;
        return rule;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Changed;
        }
        catch (DbUpdateException e) when (StoreConflicts.IsUniqueViolation(e))
        {
            throw new BusinessRuleException("dispatch.rule-exists", "该分类在该区划已有派单规则", "同样的规则刚刚已被保存；请刷新后查看。");
        }
    }

    private static string Target(DispatchRule rule) => $"派单规则 {rule.CategoryCode}@{rule.RegionCode}";

    private static string Summary(DispatchRuleInput.Valid valid) =>
        $"主办：{valid.Main.Name}" + (valid.CoHandlers.Count > 0 ? $"；协办：{string.Join("、", valid.CoHandlers.Select(d => d.Name))}" : "");
}
