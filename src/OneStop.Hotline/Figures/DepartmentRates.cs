using OneStop.Hotline.Tickets.Domain;

namespace OneStop.Hotline.Figures;

/// <summary>
/// Per department, over the tickets of the period it holds now (主办) plus those it returned:
/// 按时签收率 = signed on time ÷ signed; 按时办结率 = replied on time ÷ replied; 解决率 = resolved ÷ tickets with an
/// outcome (Resolved set); 满意率 = satisfied ÷ (satisfied + unsatisfied) callbacks, earlier rounds included,
/// unreachable left out; 退单率 = tickets it asked to return ÷ tickets it received.
/// </summary>
internal static class DepartmentRates
{
    public static List<DepartmentFigures> Of(IReadOnlyList<FigureTicket> tickets, IReadOnlyList<FigureCallbacks> callbacks,
        IEnumerable<(long TicketId, string Department)> returns)
    {
        var held = tickets.Where(t => t.DepartmentName is not null).ToList();
        var returned = returns.GroupBy(r => r.Department).ToDictionary(g => g.Key, g => g.Select(r => r.TicketId).ToHashSet());
        var byTicket = callbacks.ToLookup(c => c.TicketId);
        var names = held.Select(t => t.DepartmentName!).Union(returned.Keys).Distinct();
        return [.. names.Select(name =>
        {
            var mine = held.Where(t => t.DepartmentName == name).ToList();
            var ids = mine.Select(t => t.Id).ToHashSet();
            var returnedIds = returned.GetValueOrDefault(name) ?? [];
            var received = ids.Union(returnedIds).Count();
            var results = mine.SelectMany(t => byTicket[t.Id])
                .SelectMany(c => c.Earlier.Select(e => (CallbackResult?)e.Result).Append(c.Callback))
                .Where(r => r is CallbackResult.Satisfied or CallbackResult.Unsatisfied).ToList();
            return new DepartmentFigures(mine.FirstOrDefault()?.DepartmentId, name, received,
                new Rate(mine.Count(t => t.SignedOnTime == true), mine.Count(t => t.SignedOnTime is not null)),
                new Rate(mine.Count(t => t.RepliedOnTime == true), mine.Count(t => t.RepliedOnTime is not null)),
                new Rate(mine.Count(t => t.Resolved == true), mine.Count(t => t.Resolved is not null)),
                new Rate(results.Count(r => r == CallbackResult.Satisfied), results.Count),
                new Rate(returnedIds.Count, received));
        }).OrderByDescending(d => d.Tickets).ThenBy(d => d.Name, StringComparer.Ordinal)];
    }
}
