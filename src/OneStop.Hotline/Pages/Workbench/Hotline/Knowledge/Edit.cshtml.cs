using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Hotline.Knowledge;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Pages.Workbench.Hotline.Knowledge;

/// <summary>The form a department writes and revises an article in (a published one: the save starts a new version).</summary>
public sealed class KnowledgeForm
{
    public string? Title { get; set; }
    /// <summary>One way of asking per line.</summary>
    public string? Questions { get; set; }
    public string? Answer { get; set; }
    public string? CategoryCode { get; set; }
    public List<string> Regions { get; set; } = [];
    public DateOnly? ExpiresOn { get; set; }
    public int? Revision { get; set; }

    public KnowledgeRequest ToRequest() => new(Title, (Questions ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        Answer, CategoryCode, Regions, ExpiresOn, Revision: Revision);

    public static KnowledgeForm Of(KnowledgeVersionView v, int revision) => new()
    {
        Title = v.Title, Questions = string.Join("\n", v.Questions), Answer = v.Answer, CategoryCode = v.CategoryCode,
        Regions = v.Regions.Select(r => r.Code).ToList(), ExpiresOn = v.ExpiresOn, Revision = revision,
    };
}

internal sealed class EditModel(ReadKnowledge read, WriteKnowledge write, IRegionDirectory regions, DataScope scope, TimeProvider time) : PageModel
{
    [BindProperty] public KnowledgeForm Input { get; set; } = new();
    public long? Id { get; private set; }
    public bool IsRevisionOfPublished { get; private set; }
    public ErrorList Errors { get; private set; } = new();
    public IReadOnlyList<RegionEntry> RegionChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken ct)
    {
        Id = id;
        string region;
        if (id is { } existing)
        {
            var view = await read.GetAsync(existing, ct);
            if (!view.CanEdit) return Redirect($"/workbench/hotline/knowledge/{existing}");
            Input = KnowledgeForm.Of(view.Pending ?? view.InForce!, view.Revision);
            IsRevisionOfPublished = view.Pending is null;
            region = DepartmentRegion(view);
        }
        else
        {
            region = scope.User.RegionCode ?? "";
            Input = new KnowledgeForm { ExpiresOn = ChinaTime.Today(time).AddYears(1), Regions = [region] };
        }
        await LoadChoicesAsync(region, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken ct)
    {
        Id = id;
        try
        {
            var article = id is { } existing ? await write.EditAsync(existing, Input.ToRequest(), ct) : await write.CreateAsync(Input.ToRequest(), ct);
            return Redirect($"/workbench/hotline/knowledge/{article.Id}?done=saved");
        }
        catch (DomainException e)
        {
            Errors = HotlinePageErrors.From(e, KnowledgeInput.Labels);
            var region = scope.User.RegionCode ?? "";
            if (id is { } existing)
            {
                try { region = DepartmentRegion(await read.GetAsync(existing, ct)); }
                catch (DomainException) { return Redirect("/workbench/hotline/knowledge"); }
            }
            await LoadChoicesAsync(region, ct);
            return Page();
        }
    }

    private static string DepartmentRegion(KnowledgeArticleView view) => view.DepartmentRegion;

    /// <summary>The department's region and the regions one level below it (a district's streets).</summary>
    private async Task LoadChoicesAsync(string region, CancellationToken ct)
    {
        if (!RegionCode.TryParse(region, out var own)) return;
        var below = (await regions.BelowAsync(region, ct)).Where(r => RegionCode.TryParse(r.Code, out var c) && c.ParentByCode?.ToString() == region);
        var name = await regions.NameAsync(region, ct) ?? region;
        RegionChoices = below.Prepend(new RegionEntry(region, name + "（全区划）", own.Level)).ToList();
    }
}
