using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Platform.Audit;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Web.Pages.Admin;

public sealed class AuditModel(PlatformDbContext db, DataScope scope, AuditKey key, AuditCheckpoints checkpoints) : PageModel
{
    public AuditFilter Filter { get; private set; } = new(null, null, null, null, null, 1);
    public AuditPage Records { get; private set; } = new([], 0, 1, BrowseAuditTrail.PageSize);
    public AuditVerification? Verification { get; private set; }
    public ErrorList Errors { get; } = new();

    public Task OnGetAsync(string? action, string? actor, string? target, string? from, string? to, int? page, CancellationToken ct) =>
        LoadAsync(new AuditFilter(action, actor, target, from, to, page), ct);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        scope.Staff(Role.SystemAdmin, Role.Supervisor);
        Verification = await VerifyAuditTrail.RunAsync(db, key, checkpoints, ct);
        await LoadAsync(Filter, ct);
        return Page();
    }

    private async Task LoadAsync(AuditFilter filter, CancellationToken ct)
    {
        Filter = filter;
        try { Records = await BrowseAuditTrail.HandleAsync(filter, db, scope, ct); }
        catch (RequestValidationException e) { Errors.Add(e); }
    }
}
