using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Platform.Calendar;
using OneStop.Platform.Documents;
using OneStop.Platform.Errors;
using OneStop.Platform.Files;
using OneStop.Platform.Security;

namespace OneStop.Cases.Reading;

/// <summary>One case in full; 我的办件; a file of a case (only for those who may read the case).</summary>
public static class ReadCases
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/cases/{id:long}", async (long id, CasesDbContext db, DataScope scope, IWorkingCalendar calendar, CancellationToken ct) =>
            {
                var c = await CaseAccess.ForReadingAsync(db, scope, id, ct);
                return TypedResults.Ok(await CaseViews.ForAsync(c, scope, calendar, ct, await CaseAccess.PartsAsync(db, c, ct)));
            })
            .WithName("GetCase").WithSummary("办件详情（含历史、时限及其计算说明）").ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/me/cases", async (CasesDbContext db, DataScope scope, IWorkingCalendar calendar, CancellationToken ct) =>
                TypedResults.Ok((await MineAsync(db, scope, ct)).Select(c => CaseSummary.Of(c, calendar.Today)).ToList()))
            .WithName("MyCases").WithSummary("我的办件");
        api.MapGet("/cases/{id:long}/files/{sha256}", async (long id, string sha256, CasesDbContext db, DataScope scope, IFileStore files,
                CancellationToken ct) =>
            {
                var c = await CaseAccess.ForReadingAsync(db, scope, id, ct);
                // A material's file, or one the history keeps (removed from the case after it was submitted).
                var file = c.Materials.SelectMany(m => m.Files).Concat(c.History.SelectMany(h => h.Attachments))
                        .FirstOrDefault(f => f.Sha256 == sha256)
                    ?? throw new NotFoundException("case.file-not-found", "文件不存在");
                var stream = files.Open(file.Sha256) ?? throw new NotFoundException("case.file-not-found", "文件不存在");
                return Results.File(stream, ContentType(file.Kind), file.FileName);
            })
            .WithName("GetCaseFile").WithSummary("下载办件材料文件").ProducesProblem(403).ProducesProblem(404).OpenedInBrowser();
    }

    /// <summary>The most cases 我的办件 lists besides the open drafts.</summary>
    public const int MineListed = 200;

    /// <summary>
    /// 我的办件: the signed-in applicant's cases (a bundle once, not its parts), newest first — the newest 200, and every
    /// unsubmitted draft however old, so an applicant at the bound on open drafts can always find one to continue or
    /// withdraw.
    /// </summary>
    public static async Task<List<Case>> MineAsync(CasesDbContext db, DataScope scope, CancellationToken ct)
    {
        scope.RequireSignedIn();
        var me = scope.User.AccountId;
        var mine = db.Cases.AsNoTracking().Where(c => c.ApplicantAccountId == me && c.Kind != CaseKind.BundlePart);
        var newest = await mine.OrderByDescending(c => c.SubmittedAt ?? c.CreatedAt).ThenByDescending(c => c.Id).Take(MineListed)
            .ToListAsync(ct);
        var drafts = await mine.Where(c => c.State == CaseState.Draft).ToListAsync(ct);
        return newest.UnionBy(drafts, c => c.Id)
            .OrderByDescending(c => c.SubmittedAt ?? c.CreatedAt).ThenByDescending(c => c.Id).ToList();
    }

    private static string ContentType(string kindLabel) => kindLabel switch
    {
        "PDF" => "application/pdf", "JPEG 图片" => "image/jpeg", "PNG 图片" => "image/png", _ => "application/octet-stream",
    };
}
