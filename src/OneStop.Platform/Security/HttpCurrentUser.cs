using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace OneStop.Platform.Security;

/// <summary>The signed-in user of the current request; anonymous outside a request.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public long? AccountId => long.TryParse(Principal?.FindFirstValue(OneStopClaims.AccountId), out var id) ? id : null;

    public string Name => Principal?.FindFirstValue(OneStopClaims.DisplayName)
        ?? Principal?.Identity?.Name ?? "匿名";

    public IReadOnlyList<string> Roles =>
        Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];

    public long? DepartmentId =>
        long.TryParse(Principal?.FindFirstValue(OneStopClaims.Department), out var id) ? id : null;

    public string? RegionCode => Principal?.FindFirstValue(OneStopClaims.Region);
}
