using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Platform.Accounts;

internal sealed record AccountPage(IReadOnlyList<AccountView> Items, int Total);

/// <summary>账号管理: the accounts of the administrator's region (and below).</summary>
internal static class ListAccounts
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/accounts", async (string? kind, string? q, int? page, PlatformDbContext db, DataScope scope,
                TimeProvider time, CancellationToken ct) => TypedResults.Ok(await HandleAsync(kind, q, page, db, scope, time, ct)))
            .WithName("ListAccounts").WithSummary("账号列表（按数据范围）");

    public static async Task<AccountPage> HandleAsync(string? kind, string? q, int? page, PlatformDbContext db,
        DataScope scope, TimeProvider time, CancellationToken ct)
    {
        var staff = scope.Staff(Role.SystemAdmin);
        var query = db.Accounts.AsNoTracking().Where(a => a.RegionCode != null && a.RegionCode.StartsWith(staff.RegionPrefix));
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!Enum.TryParse<AccountKind>(kind, true, out var k))
                throw RequestValidationException.For("kind", "账号类型应为 Staff、Citizen 或 Enterprise");
            query = query.Where(a => a.Kind == k);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            if (text.Length > 50) throw RequestValidationException.For("q", "不能超过 50 个字符");
            query = query.Where(a => a.UserName.Contains(text) || a.DisplayName.Contains(text));
        }
        var p = Math.Max(page ?? 1, 1);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(a => a.Id).Skip((p - 1) * 50).Take(50).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        return new AccountPage(items.Select(a => AccountView.Of(a, now)).ToList(), total);
    }
}
