using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Cases.Reading;

/// <summary>
/// 查看完整个人信息: staff see a case's resident IDs and mobile numbers masked; one who needs them in full (to check a
/// declared ID against the card, to call the applicant about a 补正) asks on purpose, and the asking is an audit
/// record of its own — who saw whose data, when — as personal-information rules expect of a government system
/// (敏感信息查看留痕), with the purpose the viewer states. Anyone who may read the case may ask; nothing of the case
/// changes.
/// </summary>
public static class RevealPersonalData
{
    public const string AuditAction = "case.view-personal-data";

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cases/{id:long}/personal-data", async (long id, RevealRequest request, CasesDbContext db, DataScope scope,
                IWorkingCalendar calendar, CancellationToken ct) =>
            {
                var c = await HandleAsync(db, scope, id, request, ct);
                return TypedResults.Ok(CaseView.Of(c, await calendar.CurrentAsync(ct), calendar.Today, await CaseAccess.PartsAsync(db, c, ct),
                    PersonalDetail.Revealed));
            })
            .WithName("RevealCasePersonalData").WithSummary("查看办件的完整证件号码和联系电话（记入审计日志）")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);

    /// <summary>The case, read with the reader's scope, once the audit record of this viewing (and its purpose) is saved.</summary>
    internal static async Task<Case> HandleAsync(CasesDbContext db, DataScope scope, long id, RevealRequest request, CancellationToken ct)
    {
        var c = await CaseAccess.ForReadingAsync(db, scope, id, ct);
        db.Audit(AuditAction, CaseWrites.Target(c), $"查看完整的证件号码和联系电话，事由：{request.StatedPurpose()}", c.RegionCode);
        await db.SaveChangesAsync(ct);
        return c;
    }
}

/// <summary>Why someone looks at the data in full (查看事由): one of the usual purposes, or 其他 with its own words.</summary>
public enum RevealPurpose { VerifyIdentity, ContactApplicant, Other }

public sealed record RevealRequest(RevealPurpose? Purpose, string? Note)
{
    public const int MaxNoteLength = 100;

    public static readonly IReadOnlyList<(RevealPurpose Purpose, string Label)> Purposes =
        [(RevealPurpose.VerifyIdentity, "核对申请人身份信息"), (RevealPurpose.ContactApplicant, "联系申请人"), (RevealPurpose.Other, "其他（请说明）")];

    /// <summary>The purpose as the audit record states it; refused when none is chosen, or 其他 without words.</summary>
    public string StatedPurpose()
    {
        var note = Note?.Trim();
        if (Purpose is not { } purpose || !Enum.IsDefined(purpose))
            throw RequestValidationException.For("purpose", "请选择查看事由", "case.reveal-purpose-required");
        if (note is { Length: > MaxNoteLength })
            throw RequestValidationException.For("note", $"说明不能超过 {MaxNoteLength} 个字", "case.reveal-note-too-long");
        if (purpose == RevealPurpose.Other && string.IsNullOrEmpty(note))
            throw RequestValidationException.For("note", "选择“其他”时请说明查看事由", "case.reveal-purpose-required");
        var label = purpose == RevealPurpose.Other ? "其他" : Purposes.First(p => p.Purpose == purpose).Label;
        return string.IsNullOrEmpty(note) ? label : $"{label}（{note}）";
    }
}
