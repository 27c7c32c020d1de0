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

namespace OneStop.Cases.Pages.Cases;

/// <summary>
/// The application form: the draft's fields, 容缺 marks and uploads; later the answer to a 一次性告知 (补正) and the
/// upload of a deferred (容缺) material after acceptance. One form carries everything typed and chosen, so any
/// button first keeps the typed values (保存草稿) and uploads the chosen files, then does its own action. Every
/// action is the API's use case; success redirects (post-redirect-get), a refusal shows the form again as typed.
/// </summary>
public sealed class EditModel(CasesDbContext db, DataScope scope, IFileStore files, IWorkingCalendar calendar, TimeProvider time)
    : PageModel
{
    /// <summary>What a redirect after success says; keys only, so the address cannot carry arbitrary text.</summary>
    private static readonly Dictionary<string, string> Done = new()
    {
        ["saved"] = "草稿已保存", ["uploaded"] = "文件已上传", ["removed"] = "文件已删除", ["resumed"] = "您有该事项未提交的申请草稿，已为您打开，可继续填写",
    };

    public CaseView Case { get; private set; } = null!;
    public CasePageErrors Errors { get; } = new();
    public string? Message { get; private set; }

    /// <summary>The values as typed (after a refusal) or as saved.</summary>
    public Dictionary<string, string?> Typed { get; private set; } = new();
    public HashSet<int> DeferredTyped { get; private set; } = [];
    public string? NoteTyped { get; private set; }

    /// <summary>The file whose removal waits for confirmation.</summary>
    public (MaterialView Material, FileView File)? ConfirmRemove { get; private set; }

    public bool IsDraft => Case.State == nameof(CaseState.Draft);
    public bool IsSupplement => Case.State is nameof(CaseState.AwaitingSupplement) or nameof(CaseState.ReviewSupplement);

    /// <summary>The form and the files can be corrected while filling in and while answering a notice before acceptance.</summary>
    public bool CanEditForm => CaseTransitions.IsAllowed(Enum.Parse<CaseState>(Case.State), CaseAction.SaveDraft);

    /// <summary>Whether this material takes an upload now: any while filling in or answering, only 容缺 ones after acceptance.</summary>
    public bool CanUpload(MaterialView m) => m.Status != nameof(MaterialStatus.Waived) && (IsDraft || IsSupplement || m.TakesDeferredFile);

    public async Task<IActionResult> OnGetAsync(long id, string? done, string? confirm, int? material, string? sha, CancellationToken ct)
    {
        var c = await LoadAsync(id, ct);
        if (!IsDraft && !IsSupplement && !Case.Materials.Any(CanUpload)) return Redirect($"/cases/{id}");
        Message = done is null ? null : Done.GetValueOrDefault(done);
        Typed = Case.Fields.ToDictionary(f => f.Key, f => f.Value);
        DeferredTyped = Case.Materials.Where(m => m.Status == nameof(MaterialStatus.Deferred)).Select(m => m.Index).ToHashSet();
        if (confirm == "remove" && material is { } i && Case.Materials.ElementAtOrDefault(i) is { } m && m.Files.FirstOrDefault(f => f.Sha256 == sha) is { } file)
            ConfirmRemove = (m, file);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(long id, [FromForm(Name = "fields")] Dictionary<string, string?> fields, [FromForm(Name = "deferred")] List<int> deferred, CancellationToken ct) =>
        RunAsync(id, fields, deferred, null, () => Task.FromResult($"/cases/{id}/edit?done=saved"), ct);

    public Task<IActionResult> OnPostUploadAsync(long id, [FromForm(Name = "fields")] Dictionary<string, string?> fields, [FromForm(Name = "deferred")] List<int> deferred, int material, CancellationToken ct) =>
        RunAsync(id, fields, deferred, null, () => Task.FromResult($"/cases/{id}/edit?done=uploaded#material-{material}"), ct);

    public Task<IActionResult> OnPostSubmitAsync(long id, [FromForm(Name = "fields")] Dictionary<string, string?> fields, [FromForm(Name = "deferred")] List<int> deferred, CancellationToken ct) =>
        RunAsync(id, fields, deferred, null, async () =>
        {
            await SubmitApplication.HandleAsync(id, db, scope, calendar, time, ct);
            return $"/cases/{id}?done=submitted";
        }, ct);

    /// <summary>The delete button keeps what was typed and asks for confirmation first.</summary>
    public Task<IActionResult> OnPostAskRemoveAsync(long id, [FromForm(Name = "fields")] Dictionary<string, string?> fields, [FromForm(Name = "deferred")] List<int> deferred, int material, string? sha,
        CancellationToken ct) =>
        RunAsync(id, fields, deferred, null,
            () => Task.FromResult($"/cases/{id}/edit?confirm=remove&material={material}&sha={Uri.EscapeDataString(sha ?? "")}#confirm-remove"), ct);

    public async Task<IActionResult> OnPostRemoveAsync(long id, int material, string? sha, CancellationToken ct)
    {
        try
        {
            await AttachFile.RemoveAsync(id, material, sha ?? "", db, scope, time, ct);
            return Redirect($"/cases/{id}/edit?done=removed#material-{material}");
        }
        catch (DomainException e) when (e.Status is 400 or 409 or 413 or 415) { Errors.Add(e); }
        return await AgainAsync(id, ct);
    }

    public Task<IActionResult> OnPostAnswerAsync(long id, [FromForm(Name = "fields")] Dictionary<string, string?> fields, string? note,
        CancellationToken ct) =>
        RunAsync(id, fields.Count > 0 ? fields : null, null, note, async () =>
        {
            await ApplicantActions.AnswerSupplementAsync(id, new NoteRequest(note), db, scope, calendar, time, ct);
            return $"/cases/{id}?done=answered";
        }, ct);

    /// <summary>
    /// Saves the typed values (while a draft or answering a notice before acceptance), uploads every chosen file, then runs <paramref name="action"/>;
    /// each is its own use case, so what succeeded stays saved when a later one is refused.
    /// </summary>
    private async Task<IActionResult> RunAsync(long id, Dictionary<string, string?>? fields, List<int>? deferred, string? note,
        Func<Task<string>> action, CancellationToken ct)
    {
        try
        {
            var c = await FillingCaseAsync(id, ct);
            // While answering a notice the 容缺 choices are not on the page: they stay as submitted.
            if (CaseTransitions.IsAllowed(c.State, CaseAction.SaveDraft) && fields is not null)
                await EditDraft.HandleAsync(id, new EditDraftRequest(fields, c.State == CaseState.Draft ? deferred ?? [] : null), db, scope, time, ct);
            var chosen = Request.HasFormContentType ? Request.Form.Files : new FormFileCollection();
            var refusedFiles = false;
            foreach (var upload in chosen.Where(f => f.Length > 0 && f.Name.StartsWith("file-", StringComparison.Ordinal)))
            {
                if (!int.TryParse(upload.Name["file-".Length..], out var index)) continue;
                try
                {
                    await using var stream = upload.OpenReadStream();
                    await AttachFile.HandleAsync(id, index, upload.FileName, stream, db, scope, files, time, ct);
                }
                // A material the case does not have (a tampered form) is refused like a bad file: the form saved above
                // stays saved, and the page says so instead of answering 404 for the whole press.
                catch (DomainException e) when ((e.Status is 400 or 409 or 413 or 415 && e.Code != "case.changed")
                    || e.Code == "case.material-not-found")
                {
                    // Several files go up in one press: say which one was refused and for which material (the browser
                    // forgets the chosen files, so it must be chosen again); the others are kept.
                    db.ChangeTracker.Clear();
                    var material = c.Materials.ElementAtOrDefault(index)?.Name ?? "材料";
                    Errors.AddFor($"materials[{index}]", $"“{material}”的文件“{AttachFile.DisplayName(upload.FileName)}”未能上传：{e.Title}，请重新选择");
                    refusedFiles = true;
                }
            }
            if (!refusedFiles) return Redirect(await action());
        }
        catch (DomainException e) when (e.Status is 400 or 409 or 413 or 415) { Errors.Add(e); }
        var result = await AgainAsync(id, ct);
        if (fields is not null) Typed = fields;
        if (deferred is not null) DeferredTyped = deferred.ToHashSet();
        NoteTyped = note;
        return result;
    }

    /// <summary>The page again after a refusal, with the case as stored now.</summary>
    private async Task<IActionResult> AgainAsync(long id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        Typed = Case.Fields.ToDictionary(f => f.Key, f => f.Value);
        DeferredTyped = Case.Materials.Where(m => m.Status == nameof(MaterialStatus.Deferred)).Select(m => m.Index).ToHashSet();
        return Page();
    }

    private async Task<Case> FillingCaseAsync(long id, CancellationToken ct) => (await FillingAccess.LoadAsync(db, scope, id, ct)).Case;

    private async Task<Case> LoadAsync(long id, CancellationToken ct)
    {
        var (c, _) = await FillingAccess.ReadAsync(db, scope, id, ct);
        Case = await CaseViews.ForAsync(c, scope, calendar, ct);
        return c;
    }
}
