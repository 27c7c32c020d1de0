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

namespace OneStop.Platform.Accounts;

public static class SignInEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/login", async (SignInRequest request, HttpContext http, PlatformDbContext db,
                IPasswordHasher<Account> hasher, TimeProvider time, CancellationToken ct) =>
            {
                var account = await SignIn.AuthenticateAsync(request, db, hasher, time, ct);
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                    SignIn.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
                return TypedResults.Ok(MeView.Of(account));
            })
            .WithName("SignIn").WithSummary("登录（Cookie，供网页使用）").AllowAnonymous();

        api.MapPost("/auth/token", async (SignInRequest request, PlatformDbContext db,
                IPasswordHasher<Account> hasher, TimeProvider time, CancellationToken ct) =>
            {
                var account = await SignIn.AuthenticateAsync(request, db, hasher, time, ct);
                return TypedResults.SignIn(SignIn.Principal(account, BearerTokenDefaults.AuthenticationScheme),
                    authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
            })
            .WithName("IssueToken").WithSummary("登录并获取访问令牌（Bearer，供接口调用）").AllowAnonymous();

        api.MapPost("/auth/logout", async (HttpContext http) =>
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return TypedResults.NoContent();
            })
            .WithName("SignOut").WithSummary("退出登录").AllowAnonymous();

        api.MapGet("/auth/me", async (DataScope scope, PlatformDbContext db, CancellationToken ct) =>
            {
                scope.RequireSignedIn();
                var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == scope.User.AccountId, ct)
                    ?? throw new DomainException(401, "auth.required", "请先登录");
                return TypedResults.Ok(MeView.Of(account));
            })
            .WithName("Me").WithSummary("当前登录用户");
    }
}

public sealed record MeView(long Id, string UserName, string DisplayName, string Kind, IReadOnlyList<string> Roles,
    long? DepartmentId, string? RegionCode)
{
    public static MeView Of(Account a) =>
        new(a.Id, a.UserName, a.DisplayName, a.Kind.ToString(), SignIn.RolesOf(a), a.DepartmentId, a.RegionCode);
}
