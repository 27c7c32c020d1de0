using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Domain;
using OneStop.Platform.Errors;

namespace OneStop.Cases.Reading;

/// <summary>
/// One page of a workbench list (待预审, 审批待办): the rows, how many the list holds in all, and which page this is.
/// Lists page rather than stop at a fixed count, so a burst of junk submissions cannot hide the cases behind it.
/// </summary>
public sealed record CasePage(IReadOnlyList<CaseSummary> Items, int Total, int Page, int PageSize)
{
    public const int Size = 20;
    public const int MaxPage = 10_000;
    public const int MaxQueryLength = 50;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The cases whose number or item name contains the search words (a clerk types part of either).</summary>
    internal static IQueryable<Case> Matching(IQueryable<Case> cases, string? q)
    {
        var term = Term(q);
        return term is null ? cases : cases.Where(c => (c.Number != null && c.Number.Contains(term)) || c.ItemName.Contains(term));
    }

    /// <summary>The search words as typed, trimmed; refused when longer than a case number or an item name search needs.</summary>
    public static string? Term(string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return null;
        var term = q.Trim();
        if (term.Length > MaxQueryLength)
            throw RequestValidationException.For("q", $"搜索词不能超过 {MaxQueryLength} 个字", "case.query-too-long");
        return term;
    }

    public static int Number(int? page) => page switch
    {
        null => 1,
        < 1 or > MaxPage => throw RequestValidationException.For("page", "页码无效", "case.invalid-page"),
        { } p => p,
    };

    /// <summary>The page of an ordered list (order it to the end, with the id last, so pages neither repeat nor skip a case).</summary>
    internal static async Task<CasePage> ReadAsync(IQueryable<Case> filtered, Func<IQueryable<Case>, IOrderedQueryable<Case>> order,
        int page, DateOnly today, CancellationToken ct)
    {
        var total = await filtered.CountAsync(ct);
        var rows = await order(filtered).ThenBy(c => c.Id).Skip((page - 1) * Size).Take(Size).ToListAsync(ct);
        return new CasePage(rows.Select(c => CaseSummary.Of(c, today)).ToList(), total, page, Size);
    }
}
