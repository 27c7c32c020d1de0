using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneStop.Platform.Accounts;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Http.Sessions;

/// <summary>
/// A failed sign-in tells nothing about the name: unknown, wrong password, locked and disabled answer alike and
/// cost the same work (the password hash is always checked, against a dummy hash of the same kind for unknown names).
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
    public async Task An_unknown_name_is_refused_only_after_the_same_password_check_as_a_wrong_password()
    {
        // Not timed (a timed test fails on a loaded machine): the hasher records each check, and equal work means one
        // check each against hashes of the same format, pseudo-random function, iteration count and salt length.
        var (_, known) = await Accounts.NewStaffAsync(Factory);
        var checks = new RecordingHasher();
        using var recorded = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<Account>>(sp =>
            checks.Around(new PasswordHasher<Account>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>())))));
        var client = recorded.CreateClient();
        async Task<List<byte[]>> ChecksOfAsync(string userName)
        {
            checks.Verified.Clear();
            var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "Wrong1y" }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            return [.. checks.Verified];
        }

        var wrongPassword = Assert.Single(await ChecksOfAsync(known));
        var unknownName = Assert.Single(await ChecksOfAsync("nobody-" + Guid.NewGuid().ToString("N")[..8]));

        Assert.Equal(0x01, wrongPassword[0]); // the current (V3) format: marker, PRF, iterations, salt length, salt, subkey
        Assert.Equal(wrongPassword[..13], unknownName[..13]);
        Assert.Equal(wrongPassword.Length, unknownName.Length);
    }

    /// <summary>The product's hasher, recording the stored hash of every check it makes.</summary>
    private sealed class RecordingHasher : IPasswordHasher<Account>
    {
        private IPasswordHasher<Account>? _inner;

        public System.Collections.Concurrent.ConcurrentQueue<byte[]> Verified { get; } = new();

        public IPasswordHasher<Account> Around(IPasswordHasher<Account> inner)
        {
            _inner = inner;
            return this;
        }

        public string HashPassword(Account user, string password) => _inner!.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
        {
            Verified.Enqueue(Convert.FromBase64String(hashedPassword));
            return _inner!.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
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
