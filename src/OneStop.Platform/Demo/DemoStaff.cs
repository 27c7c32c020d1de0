using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Accounts;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Demo;

/// <summary>The demo staff accounts as they are in the database (id, name, role), for the hosts to hand to module demo seeds.</summary>
internal static class DemoStaff
{
    public static async Task<IReadOnlyList<(string UserName, long AccountId, string Name, string Role)>> ListAsync(PlatformDbContext db,
        CancellationToken ct = default)
    {
        var names = DemoData.Staff.Select(s => s.UserName).ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.Kind == AccountKind.Staff && names.Contains(a.UserName)).ToListAsync(ct);
        return accounts.Where(a => a.Roles.Count > 0).Select(a => (a.UserName, a.Id, a.DisplayName, a.Roles[0])).ToList();
    }
}
