using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Catalog.Persistence;
using OneStop.Catalog.Search;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Pages.Admin.Catalog;

/// <summary>
/// One rule of the list as the editor shows it: what citizens say | the catalog terms, both as typed, and the comment
/// lines written above it in the list (a section header such as "# 开办企业、经营许可"), which go back in place on save.
/// </summary>
public sealed class SynonymRow
{
    public string? Phrase { get; set; }
    public string? Terms { get; set; }
    public string? Section { get; set; }

    /// <summary>The section's comment lines without their "#", as the group header shows them.</summary>
    public IReadOnlyList<string> SectionLines =>
        SynonymSections.Lines(Section).Where(l => l.Length > 0).Select(l => l.TrimStart('#').Trim()).Where(l => l.Length > 0).ToList();
}

/// <summary>The comment lines between rules: kept as written, but only comments and blank lines (a rule cannot hide there).</summary>
public static class SynonymSections
{
    public static IReadOnlyList<string> Lines(string? section) =>
        (section ?? "").Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length == 0 || l.StartsWith('#'))
            .SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse().ToList();
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
            if (index >= 0 && index < Rows.Count)
            {
                // The section header belongs to the group, not to its first rule: the next rule takes it over.
                var section = Rows[index].Section;
                Rows.RemoveAt(index);
                if (!string.IsNullOrWhiteSpace(section) && index < Rows.Count)
                    Rows[index].Section = string.IsNullOrWhiteSpace(Rows[index].Section) ? section : section + "\n\n" + Rows[index].Section;
            }
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

    /// <summary>Rule lines become rows; the comment lines above a rule travel with it as its section.</summary>
    private static List<SynonymRow> ToRows(string text)
    {
        var rows = new List<SynonymRow>();
        var pending = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) { pending.Add(line); continue; }
            var sides = line.Split(['=', '＝'], 2);
            if (sides.Length != 2) continue;
            var section = string.Join('\n', SynonymSections.Lines(string.Join('\n', pending)));
            rows.Add(new SynonymRow { Phrase = sides[0].Trim(), Terms = sides[1].Trim(), Section = section.Length == 0 ? null : section });
            pending.Clear();
        }
        return rows;
    }

    /// <summary>The rows as the list's text, one rule a line; a problem is named by its row number as shown.</summary>
    private static string ToText(IReadOnlyList<SynonymRow> rows, ErrorList errors)
    {
        var lines = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var phrase = rows[i].Phrase?.Trim() ?? "";
            var terms = rows[i].Terms?.Trim() ?? "";
            var section = SynonymSections.Lines(rows[i].Section);
            if (section.Count > 0)
            {
                if (lines.Count > 0) lines.Add("");
                lines.AddRange(section);
            }
            if (phrase.Length == 0 && terms.Length == 0) continue; // an empty row added and never filled in
            var problem = phrase.Length == 0 || SynonymList.Parse($"{phrase} = x").Count == 0 ? "群众说法不能为空"
                : terms.Length == 0 || SynonymList.Parse($"x = {terms}").Count == 0 ? "目录用语不能为空"
                : (phrase + terms).IndexOfAny(['=', '＝', '\n', '\r']) >= 0 ? "不能含有等号或换行"
                : phrase.StartsWith('#') ? "群众说法不能以 # 开头"
                : null;
            if (problem is not null) errors.Add($"第 {i + 1} 行：{problem}");
            else lines.Add($"{phrase} = {terms}");
        }
        if (!lines.Any(l => l.Length > 0 && !l.StartsWith('#')) && errors.Messages.Count == 0) errors.Add("同义词表至少要有一行");
        return string.Join('\n', lines) + "\n";
    }
}
