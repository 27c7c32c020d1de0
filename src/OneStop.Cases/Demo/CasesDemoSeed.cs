using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Cases.Applying;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Catalog.Contracts;
using OneStop.Catalog.Items;
using OneStop.Platform.Accounts;
using OneStop.Platform.Calendar;
using OneStop.Platform.Files;
using OneStop.Platform.Identity;
using OneStop.Platform.Security;

namespace OneStop.Cases.Demo;

/// <summary>A demo staff account the seeded cases are worked by (the host reads them from Platform).</summary>
public sealed record DemoStaffMember(string UserName, long AccountId, string Name, string Role);

/// <summary>
/// Demo cases so each workbench shows real work on first start: a few cases in every state, for the demo items of
/// 天河区市场监管局 (and 人社局), one 秒批 case when a demo item carries a rule, and one 一件事 (食品小经营店开办)
/// accepted with its parts at two departments and one part decided. Every case is built only through the domain
/// (Draft, Submit, Accept, …) with its clock in the past (a past now/today is passed to each step), files go through
/// the file store, numbers through <see cref="CaseNumbers"/>. One transaction, one audit record. Skipped when any
/// case exists, or when the demo accounts or items are missing (an install that already had data).
/// </summary>
public static class CasesDemoSeed
{
    public const string FoodLicence = "11440106TH0001000125008001";      // 食品经营许可, 10/3 working days
    public const string CompanySetUp = "11440106TH0001000125017001";     // 有限责任公司设立登记, 3/1
    public const string CompanyChange = "11440106TH0001000125017002";    // 有限责任公司变更登记, 3/1
    public const string DrugLicence = "11440106TH0001000125031001";      // 药品经营许可（零售）, 20/10
    public const string SoleTrader = "11440106TH0001000125018001";       // 个体工商户设立登记, 即办
    public const string SocialSecurityCard = "11440106TH0002002111003001"; // 社会保障卡首次申领, 承诺 5
    public const string FoodShopBundle = "TH-YJS-003";                   // 食品小经营店开办: 区市场监管局 ×2, 区城管局

    public const string ZhangSan = "440106199003071231";
    public const string LiSi = "440106198511124569";
    public const string WangWu = "440106195208151026";

    /// <summary>Resolves the seed's services from a scope of the host.</summary>
    public static Task<bool> RunAsync(IServiceProvider sp, IReadOnlyList<DemoStaffMember> staff, IEnumerable<string> demoItemCodes,
        CancellationToken ct = default) =>
        RunAsync(sp.GetRequiredService<CasesDbContext>(), sp.GetRequiredService<IServiceItemCatalog>(),
            sp.GetRequiredService<IApplicantDirectory>(), sp.GetRequiredService<IWorkingCalendar>(), sp.GetRequiredService<IFileStore>(),
            sp.GetRequiredService<TimeProvider>(), staff, demoItemCodes, ct);

    /// <param name="demoItemCodes">The demo catalog's items, searched for one with a 秒批 rule.</param>
    public static async Task<bool> RunAsync(CasesDbContext db, IServiceItemCatalog catalog, IApplicantDirectory applicants,
        IWorkingCalendar workingCalendar, IFileStore files, TimeProvider time, IReadOnlyList<DemoStaffMember> staff,
        IEnumerable<string> demoItemCodes, CancellationToken ct = default)
    {
        if (await db.Cases.AnyAsync(ct)) return false;
        var seed = new Seeder(db, catalog, files, await workingCalendar.CurrentAsync(ct), time, ct);
        if (!await seed.LoadAsync(applicants, staff)) return false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var count = await seed.SingleCasesAsync();
        count += await seed.AutoDecidedAsync(demoItemCodes);
        var bundle = await seed.BundleDraftAsync();
        // A bundle's parts name their main case by its id, which the database gives at the first save: so the cases are
        // saved once before the bundle is accepted, inside the same transaction (all or nothing).
        await db.SaveChangesAsync(ct);
        if (bundle is not null) count += 1 + await seed.AcceptBundleAsync(bundle);
        seed.RecomputeOpenCases();
        db.Audit("demo.seed-cases", "演示办件", $"{count} 件（各状态的办件与一件事）", "440106");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private sealed class Seeder(CasesDbContext db, IServiceItemCatalog catalog, IFileStore files, WorkingCalendar calendar,
        TimeProvider time, CancellationToken ct)
    {
        private readonly DateTime _now = time.GetUtcNow().UtcDateTime;
        private readonly DateOnly _today = ChinaTime.Today(time);
        private readonly Dictionary<string, CaseActor> _staff = [];
        private readonly Dictionary<string, Applicant> _applicants = [];
        private readonly Dictionary<string, PublishedItem> _items = [];
        private readonly List<Case> _cases = [];
        private int _file;

        public async Task<bool> LoadAsync(IApplicantDirectory directory, IReadOnlyList<DemoStaffMember> staff)
        {
            foreach (var s in staff)
                _staff[s.UserName] = new CaseActor(s.AccountId, s.Name, Role.Find(s.Role)?.ChineseName ?? "工作人员");
            if (new[] { "clerk", "approver", "cgj-approver", "rsj-approver" }.Any(u => !_staff.ContainsKey(u))) return false;
            foreach (var id in new[] { ZhangSan, LiSi, WangWu })
            {
                if (await directory.FindByResidentIdAsync(id, ct) is { } p) _applicants[id] = StartApplication.ApplicantFrom(p);
            }
            foreach (var first17 in new[] { "91440106MA5CXXXX0", "91440106MA5D12340" })
            {
                var code = first17 + CreditCode.ComputeCheckChar(first17);
                if (await directory.FindByCreditCodeAsync(code, ct) is { } p) _applicants[code] = StartApplication.ApplicantFrom(p);
            }
            if (!_applicants.ContainsKey(ZhangSan) || !_applicants.ContainsKey(LiSi) || _applicants.Count < 4) return false;
            foreach (var code in new[] { FoodLicence, CompanySetUp, CompanyChange, DrugLicence, SoleTrader, SocialSecurityCard })
            {
                if (await ItemAsync(code) is not { } item) return false;
                _items[code] = item;
            }
            return true;
        }

        private Applicant Restaurant => _applicants.Values.First(a => a.Type == ApplicantType.Enterprise && a.Name.Contains("餐饮"));
        private Applicant Tech => _applicants.Values.First(a => a.Type == ApplicantType.Enterprise && a.Name.Contains("科技"));

        private async Task<PublishedItem?> ItemAsync(string code) =>
            await catalog.FindItemIdAsync(code, ct) is { } id && await catalog.FindInForceAsync(id, _today, ct) is { DepartmentId: not null } item
                ? item : null;

        // ---- the cases, by state ---------------------------------------------------------------------------------

        public async Task<int> SingleCasesAsync()
        {
            var clerk = _staff["clerk"];
            var approver = _staff["approver"];
            var zhang = _applicants[ZhangSan];
            var li = _applicants[LiSi];

            // 草稿: 张三 started yesterday and attached one material.
            await DraftAsync(_items[FoodLicence], zhang, Day(1), 20, attachUpTo: 1);

            // 待预审: two submitted applications waiting for the window (one with a 容缺 material marked to follow).
            await SubmittedAsync(_items[FoodLicence], li, Day(0), 8);
            await SubmittedAsync(_items[CompanySetUp], Restaurant, Day(1), 15);

            // 待补正: the clerk asked 张三 once for everything missing (一次性告知).
            var supplement = await SubmittedAsync(_items[FoodLicence], zhang, Day(3), 10);
            supplement.RequestSupplement(
                [new("与食品经营相适应的主要设备设施布局、操作流程等文件", "布局图未标注加工操作区面积，请补充标注后重新上传"),
                 new("食品经营许可申请书", "经营项目一栏未勾选“热食类食品制售”，请补正")],
                "请一次性补齐以上材料后重新提交", clerk, At(Day(2), 10), Day(2));

            // 不予受理: a walk-in applicant at the window, for an item outside what he may apply for.
            var walkIn = new Applicant(ApplicantType.Citizen, null, "王芳", Resident("44010619880420204"), "13600136000",
                "广州市天河区体育西路 101 号", null);
            var refused = await SubmittedAsync(_items[DrugLicence], walkIn, Day(6), 9, CaseChannel.Window, clerk);
            refused.Refuse("申请人未配备依法经过资格认定的药学技术人员，不符合《药品经营许可证管理办法》规定的开办条件，不属于可受理情形",
                clerk, At(Day(5), 14));

            // 审查中, due soon: accepted yesterday, 3 promised working days.
            await AcceptedAsync(_items[FoodLicence], Tech, Day(2), Day(1));

            // 审查中, overdue: a company change accepted a week ago (1 promised working day), the first step done.
            var overdue = await AcceptedAsync(_items[CompanyChange], Restaurant, Day(7), Day(6));
            overdue.CompleteStep("材料齐全，股东会决议合法有效，拟同意变更", approver, At(Day(5), 16), Day(5), calendar);

            // 审查中 with an extension waiting for a second approver (approver2 approves it: four eyes, ADR 0016).
            var extension = await AcceptedAsync(_items[DrugLicence], Tech, Day(9), Day(8));
            extension.CompleteStep("经营场所与仓库布局符合要求，执业药师注册信息已核验", approver, At(Day(4), 11), Day(4), calendar);
            extension.RequestExtension(5, "需会同区卫健局核实执业药师在职情况，法定期限内不能作出决定", approver, At(Day(1), 15));

            // 审查中补正: the approver asked for more; the clock stops until the applicant answers.
            var reviewSupplement = await AcceptedAsync(_items[FoodLicence], li, Day(5), Day(4));
            reviewSupplement.RequestReviewSupplement([new("食品安全管理人员信息和食品安全管理制度", "缺少食品安全管理员培训合格证明")],
                "请在 10 个工作日内补正，补正期间暂停计时", approver, At(Day(2), 11), Day(2), calendar);

            // 特别程序中: 现场勘验 of the premises, not counted in the time limit.
            var special = await AcceptedAsync(_items[DrugLicence], Restaurant, Day(8), Day(7));
            special.StartSpecialProcedure("现场勘验", "核查经营场所、仓库与申报的平面布置图是否一致", approver, At(Day(3), 10), Day(3), calendar);

            // 审查中 at 区人社局: 张三's social security card (a photo upload), for rsj-approver.
            await AcceptedAsync(_items[SocialSecurityCard], zhang, Day(2), Day(1), accepter: clerk);

            // 已办结, granted and denied.
            var granted = await AcceptedAsync(_items[FoodLicence], zhang, Day(12), Day(11));
            granted.CompleteStep("申请材料齐全、符合法定形式，现场核查符合要求", approver, At(Day(10), 10), Day(10), calendar);
            granted.Decide(Decision.Granted, null, approver, At(Day(9), 15), Day(9), calendar);
            var denied = await AcceptedAsync(_items[FoodLicence], li, Day(11), Day(10));
            denied.CompleteStep("经营场所位于居民住宅楼内，与食品安全要求不符", approver, At(Day(8), 10), Day(8), calendar);
            denied.Decide(Decision.Denied, "经营场所设在居民住宅内，不符合《食品经营许可和备案管理办法》关于经营场所的要求", approver,
                At(Day(7), 16), Day(7), calendar);

            // 已撤回: 张三 withdrew before the window took it up.
            var withdrawn = await SubmittedAsync(_items[SoleTrader], zhang, Day(4), 9);
            withdrawn.Withdraw(Actor(zhang), At(Day(3), 9), "经营场所租赁未谈妥，暂不办理");
            return _cases.Count;
        }

        /// <summary>秒批: the first demo item with a rule that holds for one of the demo applicants; none is fine.</summary>
        public async Task<int> AutoDecidedAsync(IEnumerable<string> demoItemCodes)
        {
            foreach (var code in demoItemCodes.Distinct())
            {
                if (await ItemAsync(code) is not { AutoDecision: { } rule, IsOnline: true } item) continue;
                var fields = FieldsFor(item.FormFields, rule, satisfy: true);
                foreach (var applicant in _applicants.Values)
                {
                    var day = Day(1);
                    if (!Evaluate(rule, fields, applicant, item.RegionCode, day).Holds) continue;
                    var c = await DraftAsync(item, applicant, Day(1), 11, fields: fields);
                    c.Submit(await NumberAsync(c, day), Actor(applicant), At(day, 11, 5));
                    c.AutoDecide(rule.Name, At(day, 11, 5), day, calendar);
                    return 1;
                }
            }
            return 0;
        }

        public async Task<Case?> BundleDraftAsync()
        {
            if (await catalog.FindBundleIdAsync(FoodShopBundle, ct) is not { } id
                || await catalog.FindBundleAsync(id, _today, ct) is not { } bundle
                || bundle.Members.Any(m => m.VersionId == 0 || m.DepartmentId is null))
                return null;
            var zhang = _applicants[ZhangSan];
            var c = Case.BundleDraft(bundle, zhang, CaseChannel.Online, At(Day(4), 19));
            db.Cases.Add(c);
            await FillAsync(c, Actor(zhang), At(Day(4), 19, 20), int.MaxValue);
            c.Submit(await NumberAsync(c, Day(3)), Actor(zhang), At(Day(3), 9, 12));
            return c;
        }

        /// <summary>并联审批: the parts go to 区市场监管局 and 区城管局 at once; the 个体工商户 part is already decided.</summary>
        public async Task<int> AcceptBundleAsync(Case bundle)
        {
            var parts = bundle.Accept(_staff["clerk"], At(Day(2), 10), Day(2), calendar, "材料齐全，一件事并联受理");
            db.Cases.AddRange(parts);
            var approver = _staff["approver"];
            if (parts.FirstOrDefault(p => p.ItemCode == SoleTrader) is { } first)
            {
                first.CompleteStep("经营者身份信息已核验，经营场所证明容缺后补", approver, At(Day(1), 10), Day(1), calendar);
                first.Decide(Decision.Granted, null, approver, At(Day(1), 11), Day(1), calendar);
                bundle.PartDecided(first, parts, At(Day(1), 11), Day(1));
            }
            _cases.AddRange(parts);
            bundle.RecomputeDueDates(calendar, _today, parts);
            await Task.CompletedTask;
            return parts.Count;
        }

        /// <summary>Due dates as of today (a running pause is counted up to today), as the workbenches will show them.</summary>
        public void RecomputeOpenCases()
        {
            foreach (var c in _cases.Where(c => c.Kind != CaseKind.Bundle && c.AcceptedOn is not null && c.State != CaseState.Decided))
                c.RecomputeDueDates(calendar, _today);
        }

        // ---- the steps every case takes ----------------------------------------------------------------------------

        private async Task<Case> DraftAsync(PublishedItem item, Applicant applicant, DateOnly day, int hour, int attachUpTo = int.MaxValue,
            CaseChannel channel = CaseChannel.Online, CaseActor? filledBy = null, IReadOnlyDictionary<string, string>? fields = null)
        {
            var c = Case.Draft(item, applicant, channel, At(day, hour));
            db.Cases.Add(c);
            _cases.Add(c);
            await FillAsync(c, filledBy ?? Actor(applicant), At(day, hour, 10), attachUpTo, fields);
            return c;
        }

        private async Task<Case> SubmittedAsync(PublishedItem item, Applicant applicant, DateOnly day, int hour,
            CaseChannel channel = CaseChannel.Online, CaseActor? filledBy = null)
        {
            var c = await DraftAsync(item, applicant, day, hour, channel: channel, filledBy: filledBy);
            var who = filledBy ?? Actor(applicant);
            var now = At(day, hour, 30);
            c.Submit(await NumberAsync(c, day), who, now);
            // The item's 秒批 rule, as at a real submission: a case it does not decide says why in its history.
            if (item.AutoDecision is { } rule)
            {
                var outcome = Evaluate(rule, c.Fields, applicant, item.RegionCode, day);
                if (outcome.Holds) c.AutoDecide(rule.Name, now, day, calendar);
                else c.NoteRuleNotMet(rule.Name, outcome.Failures, now);
            }
            return c;
        }

        private async Task<Case> AcceptedAsync(PublishedItem item, Applicant applicant, DateOnly submitted, DateOnly accepted,
            CaseActor? accepter = null)
        {
            var c = await SubmittedAsync(item, applicant, submitted, 9);
            if (c.State != CaseState.Submitted) return c; // decided by a 秒批 rule
            c.Accept(accepter ?? _staff["clerk"], At(accepted, 9, 40), accepted, calendar,
                c.Materials.Any(m => m.Status == MaterialStatus.Deferred) ? "主要材料齐全，容缺受理" : "材料齐全，予以受理");
            return c;
        }

        /// <summary>The form's fields, a file for each material that needs one (up to <paramref name="attachUpTo"/>), 容缺 marks.</summary>
        private async Task FillAsync(Case c, CaseActor actor, DateTime now, int attachUpTo, IReadOnlyDictionary<string, string>? fields = null)
        {
            // The other demo cases are meant for people: where the item has a 秒批 rule, their answers fall outside it.
            // What the profile knows (name, ID, phone, address) comes from it, as it would for a real applicant.
            var values = new Dictionary<string, string>(fields ?? FieldsFor(c.FormFields, c.Item?.AutoDecision, satisfy: false));
            foreach (var (key, known) in ApplicantFacts.Prefill(c.FormFields, c.Applicant, _today)) values[key] = known;
            c.SaveFields(values, actor, now);
            var attached = 0;
            for (var i = 0; i < c.Materials.Count; i++)
            {
                var m = c.Materials[i];
                if (m.Status == MaterialStatus.Waived || !m.Required && !m.Deferrable) continue;
                if (m.Deferrable) { c.MarkDeferred(i, true); continue; }
                if (attached++ >= attachUpTo) continue;
                var photo = m.Name.Contains("相片") || m.Name.Contains("照片") || m.Name.Contains("效果图");
                _file++;
                await using var content = new MemoryStream(photo
                    ? DemoFiles.Png((byte)(90 + _file * 7 % 120), 140, (byte)(200 - _file * 5 % 100))
                    : DemoFiles.Pdf($"OneStop demo material {_file}: {c.ItemCode}"));
                var stored = await files.SaveAsync(content, CaseLimits.MaxFileBytes, ct);
                c.AttachFile(i, new CaseFile(stored.Sha256, stored.Size, stored.KindLabel, $"{Shorten(m.Name)}{(photo ? ".png" : ".pdf")}", now),
                    CaseLimits.MaxCaseBytes, actor, now);
            }
        }

        private Task<string> NumberAsync(Case c, DateOnly day) => CaseNumbers.NextAsync(db, c.RegionCode, day, ct);

        /// <summary>The facts a submission is judged by, as the submit use case gathers them.</summary>
        private static RuleOutcome Evaluate(AutoDecisionRule rule, IReadOnlyDictionary<string, string> fields, Applicant a,
            string itemRegion, DateOnly day)
        {
            var citizen = a.Type == ApplicantType.Citizen;
            return rule.Evaluate(new RuleFacts(fields.ToDictionary(f => f.Key, f => (string?)f.Value), citizen ? a.IdNumber : null,
                citizen && a.IdNumber.Length == 18 ? a.IdNumber[..6] : null, itemRegion, day));
        }

        /// <summary>Plausible values for a form (by the label); for a 秒批 rule's fields values that satisfy it or not.</summary>
        private static Dictionary<string, string> FieldsFor(IReadOnlyList<PublishedFormField> form, AutoDecisionRule? rule, bool satisfy)
        {
            var values = new Dictionary<string, string>();
            foreach (var f in form)
            {
                var condition = rule?.Conditions.FirstOrDefault(c => c.Subject == f.Key);
                values[f.Key] = condition is null ? Plausible(f) : satisfy ? Satisfying(condition) : Violating(condition, f);
            }
            return values;
        }

        private static string Satisfying(RuleCondition c) => c.Test switch
        {
            RuleTest.OneOf => c.Values?.FirstOrDefault() ?? "",
            RuleTest.AtMost => (c.Max ?? 0).ToString(CultureInfo.InvariantCulture),
            _ => (c.Min ?? c.Max ?? 0).ToString(CultureInfo.InvariantCulture),
        };

        private static string Violating(RuleCondition c, PublishedFormField field) => c.Test switch
        {
            RuleTest.OneOf => field.Options?.FirstOrDefault(o => c.Values?.Contains(o) != true) ?? "其他",
            RuleTest.AtLeast => ((c.Min ?? 0) - 1).ToString(CultureInfo.InvariantCulture),
            _ => ((c.Max ?? c.Min ?? 0) + 1).ToString(CultureInfo.InvariantCulture),
        };

        /// <summary>A value of the field's kind; for text fields one that fits the label.</summary>
        private static string Plausible(PublishedFormField f) => f.Kind switch
        {
            FormFieldKind.Choice when f.Options is [var first, ..] => first,
            FormFieldKind.Number => "60",
            FormFieldKind.Date => "2026-11-01",
            FormFieldKind.Phone => "02038880000",
            _ => Plausible(f.Label),
        };

        private static string Plausible(string label) => label switch
        {
            _ when label.Contains("电话") || label.Contains("手机") => "02038880000",
            _ when label.Contains("地址") || label.Contains("住所") || label.Contains("场所") && !label.Contains("名称") => "广州市天河区天河路 385 号",
            _ when label.Contains("面积") => "60",
            _ when label.Contains("人数") || label.Contains("数量") => "3",
            _ when label.Contains("金额") || label.Contains("资本") || label.Contains("收入") => "100000",
            _ when label.Contains("日期") || label.Contains("时间") => "2026-11-01",
            _ when label.Contains("名称") || label.Contains("字号") => "天河示范小店",
            _ when label.Contains("姓名") || label.Contains("联系人") => "张三",
            _ when label.Contains("范围") || label.Contains("项目") => "预包装食品销售、热食类食品制售",
            _ => "详见申请材料",
        };

        // ---- time: every step at a Beijing hour of a working day in the past -------------------------------------------

        /// <summary>The <paramref name="workdaysAgo"/>-th working day before today (0: today, or the last working day).</summary>
        private DateOnly Day(int workdaysAgo)
        {
            var day = _today;
            while (!calendar.IsWorkday(day)) day = day.AddDays(-1);
            for (var n = 0; n < workdaysAgo; n++)
            {
                day = day.AddDays(-1);
                while (!calendar.IsWorkday(day)) day = day.AddDays(-1);
            }
            return day;
        }

        /// <summary>A moment of that Beijing day, never later than now (today's cases were submitted earlier today).</summary>
        private DateTime At(DateOnly day, int hour, int minute = 0)
        {
            var at = ChinaTime.StartOfDayUtc(day).AddHours(hour).AddMinutes(minute);
            return at < _now ? at : _now.AddMinutes(-30 + minute / 2.0);
        }

        private static CaseActor Actor(Applicant a) =>
            new(a.AccountId, a.Name, a.Type == ApplicantType.Enterprise ? "申请人（法人）" : "申请人");

        private static string Resident(string first17) => first17 + ResidentId.ComputeCheckChar(first17);

        private static string Shorten(string name) => name.Length > 20 ? name[..20] : name;
    }
}
