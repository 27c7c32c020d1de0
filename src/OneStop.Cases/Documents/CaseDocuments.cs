using OneStop.Cases.Domain;
using OneStop.Platform.Calendar;
using OneStop.Platform.Documents;
using OneStop.Platform.Privacy;

namespace OneStop.Cases.Documents;

/// <summary>The documents a case produces, by the stable names the API uses.</summary>
public enum CaseDocumentKind { Acceptance, Supplement, Refusal, Decision }

/// <summary>
/// 受理通知书, 补正材料通知书（一次性告知书）, 不予受理通知书 and the decision (准予/不予行政许可决定书, or 办理结果通知书
/// for items that are not licences), each built from the case record as it stands, so a reprint says the same.
/// </summary>
public static class CaseDocuments
{
    public static IReadOnlyList<CaseDocumentKind> Available(Case c)
    {
        var kinds = new List<CaseDocumentKind>();
        if (c.AcceptedOn is not null) kinds.Add(CaseDocumentKind.Acceptance);
        if (c.Supplement is not null || c.History.Any(h => h.Action is CaseAction.RequestSupplement or CaseAction.RequestReviewSupplement))
            kinds.Add(CaseDocumentKind.Supplement);
        if (c.State == CaseState.Refused) kinds.Add(CaseDocumentKind.Refusal);
        if (c.State == CaseState.Decided) kinds.Add(CaseDocumentKind.Decision);
        return kinds;
    }

    public static string Title(Case c, CaseDocumentKind kind) => kind switch
    {
        CaseDocumentKind.Acceptance => "受理通知书",
        CaseDocumentKind.Supplement => "补正材料通知书（一次性告知书）",
        CaseDocumentKind.Refusal => "不予受理通知书",
        _ when c.Item?.IsLicence == true => c.Decision == Domain.Decision.Denied ? "不予行政许可决定书" : "准予行政许可决定书",
        _ => "办理结果通知书",
    };

    public static OfficialDocument Build(Case c, CaseDocumentKind kind, DateOnly printedOn)
    {
        var addressee = $"{c.Applicant.Name}：";
        var issuer = c.Kind == CaseKind.Bundle || string.IsNullOrEmpty(c.DepartmentName) ? "政务服务中心综合窗口" : c.DepartmentName;
        var facts = new DocumentFields(
        [
            ("办件编号", c.Number ?? ""),
            ("申请事项", c.ItemName),
            ("申请人", c.Applicant.Name),
            (c.Applicant.Type == ApplicantType.Citizen ? "身份证号码" : "统一社会信用代码",
                c.Applicant.Type == ApplicantType.Citizen ? PersonalData.MaskResidentId(c.Applicant.IdNumber) ?? "" : c.Applicant.IdNumber),
            ("申请日期", c.SubmittedAt is { } s ? CaseClock.Iso(DateOnly.FromDateTime(ChinaTime.ToBeijing(s).DateTime)) : ""),
        ]);
        IReadOnlyList<DocumentBlock> body = kind switch
        {
            CaseDocumentKind.Acceptance => Acceptance(c, facts),
            CaseDocumentKind.Supplement => Supplement(c, facts),
            CaseDocumentKind.Refusal =>
            [
                new DocumentParagraph($"你（单位）于{Chinese(c.SubmittedAt)}提出的“{c.ItemName}”申请，经审查，决定不予受理。"),
                facts,
                new DocumentHeading("不予受理的理由"),
                new DocumentParagraph(Words(c.RefusalReason)),
                new DocumentParagraph("如不服本决定，可以自收到本通知书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。"),
            ],
            _ => DecisionBody(c, facts),
        };
        return new OfficialDocument(Title(c, kind), c.Number is null ? null : $"办件编号：{c.Number}", addressee, body, issuer,
            printedOn, "办件进度可凭办件编号和申请人证件号码后 6 位在“一站通”办件进度查询页面查询。");
    }

    private static IReadOnlyList<DocumentBlock> Acceptance(Case c, DocumentFields facts)
    {
        var blocks = new List<DocumentBlock>
        {
            new DocumentParagraph(c.Materials.Any(m => m.DeferredDueDate is not null)
                ? $"你（单位）于{Chinese(c.SubmittedAt)}提出的“{c.ItemName}”申请，主要申请材料齐全、符合法定形式，本机关于{Chinese(c.AcceptedOn)}予以容缺受理。"
                : $"你（单位）于{Chinese(c.SubmittedAt)}提出的“{c.ItemName}”申请，申请材料齐全、符合法定形式，本机关于{Chinese(c.AcceptedOn)}予以受理。"),
            facts,
            new DocumentFields(
            [
                ("承诺办结日期", c.PromisedDueDate is { } p ? CaseClock.Iso(p) : "—"),
                ("法定办结日期", c.StatutoryDueDate is { } s ? CaseClock.Iso(s) : "—"),
            ]),
        };
        var deferred = c.Materials.Where(m => m.Status == MaterialStatus.Deferred || m.DeferredDueDate is not null).ToList();
        if (deferred.Count > 0)
        {
            blocks.Add(new DocumentHeading("容缺受理：以下材料请在期限内补交"));
            blocks.Add(new DocumentList(deferred.Select(m => $"{m.Name}（{(m.DeferredDueDate is { } d ? CaseClock.Iso(d) : "")} 前）").ToList()));
            blocks.Add(new DocumentParagraph("逾期未补交的，本机关将依法作出处理；补交后不影响办理时限的计算。"));
        }
        if (c.Kind == CaseKind.Bundle && c.Bundle is { } b)
        {
            blocks.Add(new DocumentHeading("一件事并联办理的事项"));
            blocks.Add(new DocumentList(b.Members.Select(m => $"{m.Name}（{m.DepartmentName}）").ToList()));
        }
        blocks.Add(new DocumentParagraph("法定办理期限以工作日计算，自受理之次日起算；依法需要听证、检验检测、专家评审等的时间不计算在内。"));
        return blocks;
    }

    private static IReadOnlyList<DocumentBlock> Supplement(Case c, DocumentFields facts)
    {
        var request = c.Supplement
            ?? new SupplementRequest([new("申请材料", c.History.LastOrDefault(h => h.Action is CaseAction.RequestSupplement or CaseAction.RequestReviewSupplement)?.Detail ?? "")],
                null, DateOnly.FromDateTime(ChinaTime.ToBeijing(c.CreatedAt).DateTime), "", false);
        return
        [
            new DocumentParagraph($"你（单位）提出的“{c.ItemName}”申请，经审查，申请材料不齐全或者不符合法定形式。现一次性告知需要补正的全部内容如下："),
            facts,
            new DocumentList(request.Items.Select(i => Words($"{i.Material}：{i.Problem}")).ToList()),
            .. request.Note is { } note ? new DocumentBlock[] { new DocumentParagraph(Words(note)) } : [],
            new DocumentParagraph(request.DuringReview
                ? "请按上述要求一次性补正。补正期间不计算在办理期限内，自收到补正材料的次日起恢复计算。"
                : "请按上述要求一次性补正后重新提交，材料齐全、符合法定形式的，予以受理。"),
        ];
    }

    private static IReadOnlyList<DocumentBlock> DecisionBody(Case c, DocumentFields facts)
    {
        var blocks = new List<DocumentBlock> { facts };
        if (c.DecidedByRule is { } rule)
            blocks.Add(new DocumentParagraph($"经系统核验，你（单位）的申请符合“{rule}”的全部条件，依法予以{(c.Decision == Domain.Decision.Denied ? "不予" : "准予")}办理（秒批）。"));
        else if (c.Decision == Domain.Decision.Denied)
        {
            blocks.Add(new DocumentParagraph($"你（单位）提出的“{c.ItemName}”申请，经审查，决定不予{(c.Item?.IsLicence == true ? "行政许可" : "办理")}。"));
            blocks.Add(new DocumentHeading("理由"));
            blocks.Add(new DocumentParagraph(Words(c.DecisionReason)));
            blocks.Add(new DocumentParagraph("如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。"));
        }
        else
        {
            blocks.Add(new DocumentParagraph($"你（单位）提出的“{c.ItemName}”申请，经审查，符合法定条件、标准，决定{(c.Item?.IsLicence == true ? "准予行政许可" : "准予办理")}。"));
            if (c.Item?.ResultName is { } result) blocks.Add(new DocumentParagraph($"办理结果：{result}，将按你选择的方式送达。"));
            if (c.Decision == Domain.Decision.PartlyGranted && c.DecisionReason is { } reasons)
                blocks.Add(new DocumentParagraph($"其中部分事项不予办理：{Words(reasons)}"));
        }
        blocks.Add(new DocumentFields([("决定日期", c.DecidedAt is { } d ? CaseClock.Iso(DateOnly.FromDateTime(ChinaTime.ToBeijing(d).DateTime)) : "")]));
        return blocks;
    }

    /// <summary>
    /// Staff's words in a document, masked as the document masks the applicant's own ID: a notice is read by the
    /// staff who may read the case as well as by the applicant, and a clerk quotes an ID or a phone as readily as anyone
    /// (ADR 0025).
    /// </summary>
    private static string Words(string? text) => PersonalData.MaskText(text ?? "");

    private static string Chinese(DateTime? utc) => utc is { } u ? Chinese(DateOnly.FromDateTime(ChinaTime.ToBeijing(u).DateTime)) : "";

    private static string Chinese(DateOnly? d) => d is { } x ? $"{x.Year}年{x.Month}月{x.Day}日" : "";
}
