using OneStop.Cases.Reading;

namespace OneStop.Cases.Pages.Workbench.Cases;

/// <summary>What the workbench's list pages share: their addresses, the search box's words, a page past the end.</summary>
internal static class WorkbenchLists
{
    public static string Link(string address, string list, int page, string? q) =>
        $"{address}?list={list}" + (page > 1 ? $"&page={page}" : "") + (q is null ? "" : $"&q={Uri.EscapeDataString(q)}");

    /// <summary>The search words as a page keeps them: trimmed, and cut to the longest the list searches for.</summary>
    public static string? Search(string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return null;
        var term = q.Trim();
        return term[..Math.Min(term.Length, CasePage.MaxQueryLength)].Trim();
    }

    /// <summary>The page asked for; past the end (the list got shorter since the link was made), its last page.</summary>
    public static async Task<CasePage> ReadAsync(int? page, Func<int, Task<CasePage>> read)
    {
        var rows = await read(Math.Clamp(page ?? 1, 1, CasePage.MaxPage));
        return rows.Items.Count == 0 && rows.Page > rows.Pages ? await read(rows.Pages) : rows;
    }
}
