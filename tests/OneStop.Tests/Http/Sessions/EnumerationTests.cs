using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Platform.Accounts;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http.Sessions;

/// <summary>
/// A failed sign-in tells nothing about the name: unknown, wrong password, locked and disabled answer alike and
/// take as long (the password hash is always checked, against a dummy hash for unknown names).
/// </summary>
public abstract class EnumerationTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> AnswerAsync(string userName, string password)
    {
        var response = await Factory.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName, password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        return $"{body.GetProperty("code").GetString()}|{body.GetProperty("title").GetString()}|{body.GetProperty("detail").GetString()}";
    }

    [Fact]
    public async Task Unknown_names_wrong_passwords_locked_and_disabled_accounts_get_one_and_the_same_answer()
    {
        var (_, known) = await Accounts.NewStaffAsync(Factory);
        var (_, locked) = await Accounts.NewStaffAsync(Factory);
        var (disabledId, disabled) = await Accounts.NewStaffAsync(Factory);
        for (var i = 0; i < Account.MaxFailedSignIns; i++) await AnswerAsync(locked, "Wrong" + i + "x");
        (await (await Factory.SignedInAsync("th-admin")).PostAsync($"/api/accounts/{disabledId}/disable", null, Ct)).EnsureSuccessStatusCode();

        var unknown = await AnswerAsync("nobody-" + Guid.NewGuid().ToString("N")[..8], "Wrong1x");
        Assert.StartsWith("auth.invalid-credentials|", unknown);
        Assert.Equal(unknown, await AnswerAsync(known, "Wrong1x"));
        Assert.Equal(unknown, await AnswerAsync(locked, "Wrong1x"));
        Assert.Equal(unknown, await AnswerAsync(locked, Accounts.Password));
        Assert.Equal(unknown, await AnswerAsync(disabled, Accounts.Password));
    }

    [Fact]
    public async Task An_unknown_name_takes_as_long_to_refuse_as_a_wrong_password()
    {
        var (_, known) = await Accounts.NewStaffAsync(Factory);
        await AnswerAsync(known, "Warmup1x");
        async Task<double> MedianMsAsync(Func<int, string> name)
        {
            var times = new List<double>();
            for (var i = 0; i < 7; i++)
            {
                var watch = Stopwatch.StartNew();
                await AnswerAsync(name(i), "Wrong" + i + "y");
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            return times.Order().ElementAt(times.Count / 2);
        }
        // Alternate so machine load hits both alike; the known account stays below its lockout (4 tries per round).
        var knownMs = await MedianMsAsync(_ => known);
        var unknownMs = await MedianMsAsync(i => "nobody-" + i + Guid.NewGuid().ToString("N")[..6]);
        // Skipping the hash made an unknown name ~20x faster; the same work keeps them within noise of each other.
        Assert.True(unknownMs > knownMs * 0.5, $"unknown {unknownMs:0} ms vs known {knownMs:0} ms");
    }

    [Fact]
    public async Task A_password_stored_with_an_outdated_hash_is_rehashed_at_sign_in()
    {
        var (id, userName) = await Accounts.NewStaffAsync(Factory);
        var old = new PasswordHasher<Account>(Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }))
            .HashPassword(null!, Accounts.Password);
        await Factory.WithDbAsync(db => db.Accounts.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.PasswordHash, old), Ct));

        await Accounts.BearerAsync(Factory, userName);

        var stored = await Factory.WithDbAsync(db => db.Accounts.Where(a => a.Id == id).Select(a => a.PasswordHash).SingleAsync(Ct));
        Assert.NotEqual(old, stored);
        Assert.Equal(0x01, Convert.FromBase64String(stored)[0]); // format marker of the current (V3) hash
        await Accounts.BearerAsync(Factory, userName);
    }
}
