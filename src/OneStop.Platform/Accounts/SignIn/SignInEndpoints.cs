using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;
using OneStop.Platform.Security.RateLimiting;

namespace OneStop.Platform.Accounts;

internal sealed record AntiforgeryView(string HeaderName, string Token);

internal static class SignInEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/login", async (SignInRequest request, HttpContext http, PlatformDbContext db,
                IPasswordHasher<Account> hasher, TimeProvider time, SignInThrottle throttle, CancellationToken ct) =>
            {
                var account = await SignIn.AuthenticateAsync(request, db, hasher, time, throttle, ct);
                await SignInCookieAsync(http, account);
                return TypedResults.Ok(MeView.Of(account));
            })
            .WithName("SignIn").WithSummary("登录（Cookie，供网页使用）").AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);

        api.MapPost("/auth/token", async (SignInRequest request, PlatformDbContext db,
                IPasswordHasher<Account> hasher, TimeProvider time, SignInThrottle throttle, CancellationToken ct) =>
            {
                var account = await SignIn.AuthenticateAsync(request, db, hasher, time, throttle, ct);
                return TypedResults.SignIn(SignIn.Principal(account, BearerTokenDefaults.AuthenticationScheme),
                    authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
            })
            .WithName("IssueToken").WithSummary("登录并获取访问令牌（Bearer，供接口调用）").AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);

        api.MapPost("/auth/logout", async (HttpContext http, PlatformDbContext db, DataScope scope, CancellationToken ct) =>
            {
                await SignOut.HandleAsync(db, scope, ct);
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return TypedResults.NoContent();
            })
            .WithName("SignOut").WithSummary("退出登录（该账号的所有会话和令牌同时失效）").AllowAnonymous();

        api.MapGet("/auth/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                return TypedResults.Ok(new AntiforgeryView(tokens.HeaderName!, tokens.RequestToken!));
            })
            .WithName("Antiforgery").WithSummary("防伪令牌（Cookie 登录调用写接口时放入请求头）").AllowAnonymous();

        api.MapPost("/me/password", async (ChangePasswordRequest r, HttpContext http, PlatformDbContext db, DataScope scope,
                IPasswordHasher<Account> hasher, CancellationToken ct) =>
            {
                var account = await ChangeOwnPassword.HandleAsync(r, db, scope, hasher, ct);
                // A browser keeps its session under the new stamp; a bearer client asks for a new token.
                if (http.User.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme)
                    await SignInCookieAsync(http, account);
                return TypedResults.Ok(MeView.Of(account));
            })
            .WithName("ChangeOwnPassword").WithSummary("修改本人密码（其他会话和令牌同时失效）");

        api.MapGet("/auth/me", async (DataScope scope, PlatformDbContext db, CancellationToken ct) =>
            {
                scope.RequireSignedIn();
                var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == scope.User.AccountId, ct)
                    ?? throw new DomainException(401, "auth.required", "请先登录");
                return TypedResults.Ok(MeView.Of(account));
            })
            .WithName("Me").WithSummary("当前登录用户");
    }

    public static Task SignInCookieAsync(HttpContext http, Account account) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            SignIn.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
}

internal sealed record MeView(long Id, string UserName, string DisplayName, string Kind, IReadOnlyList<string> Roles,
    long? DepartmentId, string? RegionCode, bool MustChangePassword)
{
    public static MeView Of(Account a) => new(a.Id, a.UserName, a.DisplayName, a.Kind.ToString(), SignIn.RolesOf(a),
        a.DepartmentId, a.RegionCode, a.MustChangePassword);
}
