using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Accounts;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;

namespace OneStop.Platform.Security;

/// <summary>
/// Runs after authentication on every request. A cookie or token is only as good as the account behind it now:
/// the account must exist, be enabled, carry the same security stamp and still hold every role the token names;
/// otherwise the request continues as anonymous (and a cookie is deleted). One primary-key read per signed-in
/// request keeps revocation immediate without a cache to invalidate.
/// It also refuses, for a signed-in account that must change its password, every request but that change, and,
/// for unsafe API requests authenticated by cookie, those without a valid antiforgery header (CSRF).
/// </summary>
internal sealed class SessionValidation(RequestDelegate next)
{
    /// <summary>What a user who must change their password may still do (besides static files).</summary>
    private static readonly string[] AllowedWhilePasswordChangeRequired =
        ["/api/auth/login", "/api/auth/token", "/api/auth/me", "/api/auth/logout", "/api/auth/antiforgery", "/api/me/password", "/me/password", "/logout", "/login"];

    public async Task InvokeAsync(HttpContext http, PlatformDbContext db, IAntiforgery antiforgery)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var account = await CurrentAccountAsync(http.User, db, http.RequestAborted);
            if (account is null)
            {
                if (IsCookie(http)) await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                http.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            else
            {
                if (account.MustChangePassword && !IsAllowedWhilePasswordChangeRequired(http.Request.Path))
                {
                    if (!http.Request.Path.StartsWithSegments("/api"))
                    {
                        http.Response.Redirect("/me/password?returnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
                        return;
                    }
                    throw new ForbiddenException("auth.password-change-required", "管理员已重置您的密码，请先修改密码");
                }
                if (IsCookie(http) && IsUnsafeApiRequest(http.Request) && !await antiforgery.IsRequestValidAsync(http))
                    throw new DomainException(400, "auth.antiforgery-required", "请求缺少有效的防伪令牌，请刷新页面后重试",
                        "使用 Cookie 登录调用接口时，写操作须在 RequestVerificationToken 请求头中携带防伪令牌（GET /api/auth/antiforgery）。");
            }
        }
        await next(http);
    }

    /// <summary>The account behind the principal if the principal is still valid for it, else null.</summary>
    private static async Task<Account?> CurrentAccountAsync(ClaimsPrincipal user, PlatformDbContext db, CancellationToken ct)
    {
        if (!long.TryParse(user.FindFirstValue(OneStopClaims.AccountId), out var id)) return null;
        var stamp = user.FindFirstValue(OneStopClaims.SecurityStamp);
        var account = await AccountById.RunAsync(db, id, ct);
        if (account is null || account.IsDisabled || stamp is null || account.SecurityStamp != stamp) return null;
        var held = SignIn.RolesOf(account);
        return user.FindAll(ClaimTypes.Role).All(r => held.Contains(r.Value)) ? account : null;
    }

    /// <summary>Runs on every signed-in request: compiled once, not translated and looked up again each time.</summary>
    private static readonly CompiledQuery<PlatformDbContext, long, Account?> AccountById =
        new((db, id, ct) => db.Accounts.AsNoTracking().FirstOrDefault(a => a.Id == id));

    /// <summary>The same choice the "OneStop" policy scheme makes: bearer when the header says so, else the cookie.</summary>
    private static bool IsCookie(HttpContext http) =>
        !http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static bool IsUnsafeApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") && !IsSignIn(request.Path) && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method));

    /// <summary>Signing in uses no existing session, so a stale cookie must not stand in its way.</summary>
    private static bool IsSignIn(PathString path) =>
        path.Equals("/api/auth/login", StringComparison.OrdinalIgnoreCase) || path.Equals("/api/auth/token", StringComparison.OrdinalIgnoreCase);

    private static bool IsAllowedWhilePasswordChangeRequired(PathString path) =>
        AllowedWhilePasswordChangeRequired.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase))
        || Path.HasExtension(path.Value);
}
