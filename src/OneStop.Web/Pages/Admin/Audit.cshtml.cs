using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using OneStop.Platform.Audit;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Web.Pages.Admin;

internal sealed class AuditModel(PlatformDbContext db, DataScope scope, AuditKey key, AuditCheckpoints checkpoints,
    AuditVocabulary words) : PageModel
{
    public AuditFilter Filter { get; private set; } = new(null, null, null, null, null, 1);
    public AuditPage Records { get; private set; } = new([], 0, 1, BrowseAuditTrail.PageSize, 1, "business");
    public AuditVerification? Verification { get; private set; }
    public ErrorList Errors { get; } = new();

    // "page" is a route value of Razor Pages (the page's own path), so the page number is read from the query itself.
    public Task OnGetAsync(CancellationToken ct) => LoadAsync(FromQuery(), ct);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        scope.Staff(Role.SystemAdmin, Role.Supervisor);
        Verification = await VerifyAuditTrail.RunAsync(db, key, checkpoints, ct);
        await LoadAsync(Filter, ct);
        return Page();
    }

    public string PageLink(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["kind"] = Records.Kind, ["action"] = Filter.Action, ["actor"] = Filter.Actor, ["target"] = Filter.Target,
            ["from"] = Filter.From, ["to"] = Filter.To, ["page"] = page.ToString(),
        };
        return QueryHelpers.AddQueryString("/admin/audit", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    private AuditFilter FromQuery()
    {
        var q = Request.Query;
        var pageText = q["page"].ToString();
        int? page = pageText.Length == 0 ? null : int.TryParse(pageText, out var n) ? n : -1;
        return new AuditFilter(q["action"], q["actor"], q["target"], q["from"], q["to"], page, q["kind"]);
    }

    private async Task LoadAsync(AuditFilter filter, CancellationToken ct)
    {
        Filter = filter;
        try { Records = await BrowseAuditTrail.HandleAsync(filter, db, scope, words, ct); }
        catch (RequestValidationException e) { Errors.Add(e); }
    }
}
