using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Cases.Applying;
using OneStop.Cases.Persistence;
using OneStop.Catalog.Contracts;
using OneStop.Platform.Accounts;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Cases.Pages.Cases;

/// <summary>
/// 在线申请 from a guide: resumes this applicant's draft for the item (or bundle) or starts one, then opens the form.
/// A GET, so that the sign-in page can send the applicant back here; it is safe to repeat, since a second visit
/// resumes the same draft. When no draft can be made the page says why (not online, department not mapped…).
/// </summary>
public sealed class ApplyModel(CasesDbContext db, DataScope scope, IServiceItemCatalog catalog, IApplicantDirectory applicants,
    OpenDraftLimit limit, TimeProvider time) : PageModel
{
    public CasePageErrors Errors { get; } = new();

    public string BackHref { get; private set; } = "/services";

    public async Task<IActionResult> OnGetAsync(long? itemId, long? bundleId, CancellationToken ct)
    {
        BackHref = itemId is { } i ? $"/services/items/{i}" : bundleId is { } b ? $"/services/bundles/{b}" : "/services";
        try
        {
            if (await ResumeDraft.FindAsync(db, scope, itemId, bundleId, ct) is { } draft) return Redirect($"/cases/{draft}/edit?done=resumed");
            var c = await StartApplication.HandleAsync(new StartApplicationRequest(itemId, bundleId), db, scope, catalog, applicants, limit, time, ct);
            return Redirect($"/cases/{c.Id}/edit");
        }
        catch (DomainException e) when (e.Status is 400 or 403 or 404 or 409)
        {
            Errors.Add(e);
            Response.StatusCode = e.Status;
        }
        return Page();
    }
}
