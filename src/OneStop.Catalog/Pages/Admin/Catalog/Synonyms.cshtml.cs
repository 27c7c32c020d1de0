using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Catalog.Persistence;
using OneStop.Catalog.Search;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Pages.Admin.Catalog;

/// <summary>One rule of the list as the editor shows it: what citizens say | the catalog terms, both as typed.</summary>
public sealed class SynonymRow
{
    public string? Phrase { get; set; }
    public string? Terms { get; set; }
}

/// <summary>
/// 搜索同义词维护: the synonym list as a table of rows. Adding and removing rows post the form back with everything
/// typed, so it works without JavaScript; saving writes the rows as the list's text through the module's use case.
/// </summary>
public sealed class SynonymsModel(CatalogDbContext db, DataScope scope, CatalogChanges changes) : PageModel
{
    private const int MaxRows = 2000;

    public List<SynonymRow> Rows { get; private set; } = [];
    public bool MayEdit { get; private set; }
    public ErrorList Errors { get; } = new();
    public string? Message { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Message = done switch { "saved" => "已保存，搜索即时使用新的同义词表", "restored" => "已恢复默认同义词表", _ => null };
        MayEdit = SynonymListUseCases.MayEdit(scope.Staff(Role.CatalogAdmin));
        Rows = ToRows(await SynonymListUseCases.ReadAsync(db, ct));
    }

    public async Task<IActionResult> OnPostAsync(List<SynonymRow>? rows, string? row, CancellationToken ct)
    {
        MayEdit = SynonymListUseCases.MayEdit(scope.Staff(Role.CatalogAdmin));
        Rows = rows ?? [];
        if (row == "add") { if (Rows.Count < MaxRows) Rows.Add(new SynonymRow()); return Page(); }
        if (row?.StartsWith("remove:") == true && int.TryParse(row["remove:".Length..], out var index))
        {
            if (index >= 0 && index < Rows.Count) Rows.RemoveAt(index);
            return Page();
        }
        var text = ToText(Rows, Errors);
        if (Errors.Messages.Count > 0) return Page();
        return await SaveAsync(text, "saved", ct);
    }

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken ct)
    {
        MayEdit = SynonymListUseCases.MayEdit(scope.Staff(Role.CatalogAdmin));
        return SaveAsync(DefaultSynonyms.Text, "restored", ct);
    }

    private async Task<IActionResult> SaveAsync(string text, string done, CancellationToken ct)
    {
        try
        {
            await SynonymListUseCases.SaveAsync(text, db, scope, changes, ct);
            return Redirect($"/admin/catalog/synonyms?done={done}");
        }
        catch (DomainException e) when (e.Status is 400 or 403)
        {
            Errors.Add(e);
            if (Rows.Count == 0) Rows = ToRows(await SynonymListUseCases.ReadAsync(db, ct));
            return Page();
        }
    }

    /// <summary>Rule lines become rows; blank and comment lines are not shown (and not kept on save).</summary>
    private static List<SynonymRow> ToRows(string text) =>
        text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(['=', '＝'], 2))
            .Where(sides => sides.Length == 2)
            .Select(sides => new SynonymRow { Phrase = sides[0].Trim(), Terms = sides[1].Trim() }).ToList();

    /// <summary>The rows as the list's text, one rule a line; a problem is named by its row number as shown.</summary>
    private static string ToText(IReadOnlyList<SynonymRow> rows, ErrorList errors)
    {
        var lines = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var phrase = rows[i].Phrase?.Trim() ?? "";
            var terms = rows[i].Terms?.Trim() ?? "";
            if (phrase.Length == 0 && terms.Length == 0) continue; // an empty row added and never filled in
            var problem = phrase.Length == 0 || SynonymList.Parse($"{phrase} = x").Count == 0 ? "群众说法不能为空"
                : terms.Length == 0 || SynonymList.Parse($"x = {terms}").Count == 0 ? "目录用语不能为空"
                : (phrase + terms).IndexOfAny(['=', '＝', '\n', '\r']) >= 0 ? "不能含有等号或换行"
                : phrase.StartsWith('#') ? "群众说法不能以 # 开头"
                : null;
            if (problem is not null) errors.Add($"第 {i + 1} 行：{problem}");
            else lines.Add($"{phrase} = {terms}");
        }
        if (lines.Count == 0 && errors.Messages.Count == 0) errors.Add("同义词表至少要有一行");
        return string.Join('\n', lines) + "\n";
    }
}
