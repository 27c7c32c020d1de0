using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Accounts;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http.Sessions;

/// <summary>
/// The lockout holds under parallel attack: the failure count and the lock are one conditional UPDATE, so the
/// database, not the race between requests, decides which attempts count.
/// </summary>
public abstract class LockoutTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> SignInAsync(string userName, string password) =>
        Factory.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password }, Ct);

    /// <summary>Failed attempts that were counted against the account (the others met the lock).</summary>
    private Task<int> CountedFailuresAsync(string userName) => Factory.WithDbAsync(db => db.SecurityEvents.CountAsync(r =>
        r.Action == "auth.sign-in-failed" && r.Target == "账号 " + userName && r.Summary.StartsWith("密码错误"), Ct));

    private Task<int> RefusedAsLockedAsync(string userName) => Factory.WithDbAsync(db => db.SecurityEvents.CountAsync(r =>
        r.Action == "auth.sign-in-failed" && r.Target == "账号 " + userName && r.Summary == "账号锁定期间尝试登录", Ct));

    private Task<bool> IsLockedAsync(string userName) => Factory.WithDbAsync(async db =>
        (await db.Accounts.AsNoTracking().SingleAsync(a => a.UserName == userName, Ct)).IsLockedAt(Factory.Clock.GetUtcNow().UtcDateTime));

    [Fact]
    public async Task Thirty_parallel_wrong_passwords_count_exactly_the_lockout_threshold()
    {
        var (_, userName) = await Accounts.NewStaffAsync(Factory);

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => SignInAsync(userName, "Wrong" + i + "x")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(30, responses.Length);
        Assert.Equal(Account.MaxFailedSignIns, await CountedFailuresAsync(userName));
        Assert.Equal(30 - Account.MaxFailedSignIns, await RefusedAsLockedAsync(userName));
        Assert.True(await IsLockedAsync(userName));
    }

    /// <summary>
    /// What can be guaranteed when the right password races 29 wrong ones: the database orders the 30 attempts, and
    /// the right one is accepted only if, at its turn, the account was not locked. So either it came early (then it
    /// reset at most 4 earlier failures, the 5 counted after it set the lock: 5..9 counted in all) or it met the lock
    /// (exactly 5 counted, it is refused like every wrong one). In both cases the account ends locked and a sign-in
    /// never succeeds once the lock is set (checked directly in the next test).
    /// </summary>
    [Fact]
    public async Task The_right_password_among_29_parallel_wrong_ones_never_gets_past_the_lock()
    {
        var (_, userName) = await Accounts.NewStaffAsync(Factory);

        var attempts = Enumerable.Range(0, 30).Select(i => i == 15 ? SignInAsync(userName, Accounts.Password) : SignInAsync(userName, "Wrong" + i + "x")).ToList();
        var responses = await Task.WhenAll(attempts);

        var right = responses[15].StatusCode;
        var counted = await CountedFailuresAsync(userName);
        Assert.All(responses.Where((_, i) => i != 15), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.True(await IsLockedAsync(userName));
        if (right == HttpStatusCode.OK) Assert.InRange(counted, Account.MaxFailedSignIns, 2 * Account.MaxFailedSignIns - 1);
        else
        {
            Assert.Equal(HttpStatusCode.Unauthorized, right);
            Assert.Equal(Account.MaxFailedSignIns, counted);
        }
        Assert.Equal(29 - counted, await RefusedAsLockedAsync(userName) - (right == HttpStatusCode.OK ? 0 : 1));
    }

    [Fact]
    public async Task While_locked_even_the_right_password_is_refused_with_the_same_answer_as_a_wrong_one()
    {
        var (_, userName) = await Accounts.NewStaffAsync(Factory);
        for (var i = 0; i < Account.MaxFailedSignIns; i++) await SignInAsync(userName, "Wrong" + i + "x");

        var right = await SignInAsync(userName, Accounts.Password);
        var wrong = await SignInAsync(userName, "Wrong9x");

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal(await right.Content.ReadAsStringAsync(Ct), await wrong.Content.ReadAsStringAsync(Ct));
        Assert.Equal(2, await RefusedAsLockedAsync(userName));
    }

    [Fact]
    public async Task Four_failures_do_not_lock_and_a_successful_sign_in_forgets_them()
    {
        var (_, userName) = await Accounts.NewStaffAsync(Factory);
        for (var i = 0; i < Account.MaxFailedSignIns - 1; i++) await SignInAsync(userName, "Wrong" + i + "x");
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(userName, Accounts.Password)).StatusCode);
        for (var i = 0; i < Account.MaxFailedSignIns - 1; i++) await SignInAsync(userName, "Again" + i + "x");
        Assert.False(await IsLockedAsync(userName));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(userName, Accounts.Password)).StatusCode);
    }
}
