using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Cases.Applying;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Files;
using OneStop.Platform.Security;

namespace OneStop.Cases.Pages.Workbench.Cases;

/// <summary>
/// 窗口受理, second step: the clerk fills in the applicant's form, attaches the materials handed over (or marks a
/// 容缺 material to follow) and submits — the applicant's own use cases (EditDraft, AttachFile, Submit), run by
/// the clerk on the walk-in's behalf. After submission the case is on the clerk's case page for pre-review.
/// </summary>
internal sealed class WindowFillModel(CasesDbContext db, DataScope scope, IWorkingCalendar calendar, IFileStore files, TimeProvider time)
    : PageModel
{
    [BindProperty] public Dictionary<string, string?> Fields { get; set; } = [];
    [BindProperty] public List<int> Deferred { get; set; } = [];
    public CaseView View { get; private set; } = null!;
    public ErrorList Errors { get; } = new();

    /// <summary>The refusals that belong to one input ("fields.area"), shown beside it as well as in the list.</summary>
    public Dictionary<string, string> ErrorsByField { get; } = new();

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, string? done, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (View.State != nameof(CaseState.Draft)) return Redirect($"/workbench/cases/{id}");
        Fields = View.Fields.ToDictionary(f => f.Key, f => f.Value);
        Deferred = View.Materials.Where(m => m.Status == nameof(MaterialStatus.Deferred)).Select(m => m.Index).ToList();
        Saved = done == "saved";
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(long id, CancellationToken ct) => RunAsync(id, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken ct) => RunAsync(id, submit: true, ct);

    private async Task<IActionResult> RunAsync(long id, bool submit, CancellationToken ct)
    {
        try
        {
            await EditDraft.HandleAsync(id, new EditDraftRequest(Fields, Deferred), db, scope, time, ct);
            // Each file handed over is one upload, as the applicant's own page would send it.
            foreach (var file in Request.Form.Files.Where(f => f.Length > 0))
            {
                if (!TryMaterialIndex(file.Name, out var index)) continue;
                await using var stream = file.OpenReadStream();
                await AttachFile.HandleAsync(id, index, file.FileName, stream, db, scope, files, time, ct);
            }
            if (!submit) return Redirect($"/workbench/cases/{id}/fill?done=saved");
            await SubmitApplication.HandleAsync(id, db, scope, calendar, time, ct);
            return Redirect($"/workbench/cases/{id}?done=submitted");
        }
        catch (DomainException e) when (e.Status is 400 or 409 or 413 or 415) { CasePageErrors.Add(Errors, e, byField: ErrorsByField); }
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    private static bool TryMaterialIndex(string name, out int index)
    {
        index = -1;
        return name.StartsWith("file", StringComparison.Ordinal) && int.TryParse(name[4..], out index);
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        var (c, _) = await FillingAccess.ReadAsync(db, scope, id, ct);
        View = await CaseViews.ForAsync(c, scope, calendar, ct);
    }
}
