using OneStop.Hotline.Taxonomy;

namespace OneStop.Hotline.Figures;

/// <summary>
/// 上升热点: requests grouped by 一级 category and place (the address's landmark; without one, the request's commonest
/// key term across the window), counted for the last 7 days and the 21 days before. A topic rises when it has at least
/// <c>minimum</c> requests this week and at least twice its weekly average before (or had none before).
/// </summary>
internal static class RisingTopics
{
    public static List<RisingTopic> Find(IEnumerable<FigureRequest> window, DateTime weekStart, DateTime end, int minimum)
    {
        var items = window.Where(r => r.At < end).Select(r => (Request: r, Terms: KeyTerms.Of(r.Text))).ToList();
        var frequency = items.SelectMany(i => i.Terms).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var topics = new List<RisingTopic>();
        foreach (var g in items.GroupBy(i => (
                     Category: i.Request.CategoryCode is { } c ? AppealTaxonomy.FirstLevelCode(c) : "",
                     Place: PlaceNames.Landmark(i.Request.Address)
                            ?? i.Terms.OrderByDescending(t => frequency[t]).ThenBy(t => t, StringComparer.Ordinal).FirstOrDefault())))
        {
            var thisWeek = g.Where(i => i.Request.At >= weekStart).ToList();
            var before = g.Count() - thisWeek.Count;
            if (thisWeek.Count < minimum) continue;
            double? ratio = before == 0 ? null : Math.Round(thisWeek.Count / (before / 3.0), 1);
            if (ratio is { } x && x < 2) continue;
            var terms = KeyTerms.Commonest(thisWeek.Select(i => i.Terms), 3);
            var category = g.Key.Category.Length > 0 ? AppealTaxonomy.Find(g.Key.Category)!.Name : "未分类";
            var place = PlaceNames.Landmark(thisWeek[0].Request.Address) is not null ? g.Key.Place : null;
            topics.Add(new RisingTopic((place is null ? "" : place + " ") + string.Join("、", terms), category, place, terms,
                thisWeek.Count, before, ratio, [.. thisWeek.Select(i => i.Request.Number).Order(StringComparer.Ordinal).Take(20)]));
        }
        return [.. topics.OrderByDescending(t => t.Ratio ?? double.MaxValue).ThenByDescending(t => t.ThisWeek).Take(10)];
    }
}
