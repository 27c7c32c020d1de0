using OneStop.Cases.Domain;
using OneStop.Platform.Calendar;
using OneStop.Platform.Security;

namespace OneStop.Cases.Reading;

/// <summary>A case as the reader sees it: today's calendar, and as much personal data as <see cref="CaseAccess.DetailFor"/> gives them.</summary>
internal static class CaseViews
{
    public static async Task<CaseView> ForAsync(Case c, DataScope scope, IWorkingCalendar calendar, CancellationToken ct,
        IReadOnlyList<Case>? parts = null) =>
        CaseView.Of(c, await calendar.CurrentAsync(ct), calendar.Today, parts, CaseAccess.DetailFor(scope, c));
}
