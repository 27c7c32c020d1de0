using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Cases.Persistence;
using OneStop.Cases.PreReview;
using OneStop.Cases.Reading;
using OneStop.Catalog.Contracts;
using OneStop.Platform.Accounts;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Cases.Pages.Workbench.Cases;

/// <summary>
/// 窗口受理: the clerk finds the item the walk-in applicant names (the catalog's public search, limited to the
/// clerk's region), identifies the applicant, and starts the case (StartWindowCase); the form is filled next.
/// </summary>
internal sealed class WindowModel(CasesDbContext db, DataScope scope, IServiceItemCatalog catalog, IApplicantDirectory applicants,
    TimeProvider time) : PageModel
{
    public const int MaxHits = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty] public WindowApplicant Applicant { get; set; } = new();
    [BindProperty] public long? ItemId { get; set; }
    public IReadOnlyList<ItemSearchHit> Hits { get; private set; } = [];
    public ErrorList Errors { get; } = new();

    /// <summary>Walk-in cases of the region started and not yet submitted: a clerk called away finds theirs again.</summary>
    public IReadOnlyList<WindowDraft> Drafts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var c = await StartWindowCase.HandleAsync(new WindowCaseRequest(ItemId, null, Applicant.Type, Applicant.IdNumber, Applicant.Name,
                Applicant.Phone, Applicant.Address, Applicant.LegalRepresentative), db, scope, catalog, applicants, time, ct);
            return Redirect($"/workbench/cases/{c.Id}/fill");
        }
        catch (DomainException e) when (e.Status is 400 or 404 or 409)
        {
            CasePageErrors.Add(Errors, e);
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The open walk-in drafts, and the items matching what was searched for.</summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        Drafts = (await StartWindowCase.OpenDraftsAsync(db, scope, ct))
            .Select(c => new WindowDraft(c.Id, c.ItemName, CaseText.Name(c.Applicant.Name), CaseView.Beijing(c.CreatedAt)!.Value)).ToList();
        var text = Q?.Trim() ?? "";
        if (text.Length is 0 or > 100) return;
        Hits = await catalog.SearchAsync(text, scope.Staff(Role.WindowClerk).Region, MaxHits, ct);
    }
}

public sealed record WindowDraft(long Id, string ItemName, string ApplicantName, DateTimeOffset StartedAt);

/// <summary>Who stands at the window: 自然人 by resident ID or 法人 by credit code; name and phone when not registered.</summary>
public sealed class WindowApplicant
{
    public string? Type { get; set; } = "自然人";
    public string? IdNumber { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? LegalRepresentative { get; set; }
}
