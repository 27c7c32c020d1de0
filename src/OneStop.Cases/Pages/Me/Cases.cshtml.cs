using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Platform.Security;

namespace OneStop.Cases.Pages.Me;

/// <summary>我的办件: every case of the signed-in applicant, newest first, with what they can do next.</summary>
public sealed class CasesModel(CasesDbContext db, DataScope scope) : PageModel
{
    public IReadOnlyList<Case> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Cases = await ReadCases.MineAsync(db, scope, ct);

    /// <summary>The next step for the applicant, as the link's text.</summary>
    public static string NextStep(Case c) => c.State switch
    {
        CaseState.Draft => "继续填写",
        CaseState.AwaitingSupplement or CaseState.ReviewSupplement => "提交补正材料",
        _ when c.Materials.Any(m => m.Status == MaterialStatus.Deferred) && c.State is CaseState.InReview or CaseState.SpecialProcedure => "补交容缺材料",
        _ => "查看",
    };

    public static string Href(Case c) => NextStep(c) == "查看" ? $"/cases/{c.Id}" : $"/cases/{c.Id}/edit";
}
