using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Audit;
using OneStop.Platform.Persistence;

namespace OneStop.Tests.Audit;

/// <summary>
/// Someone who can write the database, but holds neither the key file nor the checkpoint directory, rewrites the
/// trail in every way the issue found unnoticed; `onestop audit verify` must exit 1 and name the first broken record.
/// </summary>
public abstract class AuditTamperingTests(bool postgres) : IAsyncLifetime
{
    private AuditInstallation _install = null!;
    /// <summary>Sequence of the last record (migrate writes its own region seed record first).</summary>
    private long Records;

    public async ValueTask InitializeAsync()
    {
        _install = AuditInstallation.Create(postgres);
        Assert.Equal(0, (await _install.RunAsync("migrate")).Exit);
        await _install.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 5; i++)
            {
                db.Audit("department.create", $"部门 测试{i}", $"第 {i} 条");
                await db.SaveChangesAsync();
            }
            return 0;
        });
        Records = await _install.WithDbAsync(db => db.AuditRecords.MaxAsync(r => r.Sequence));
        var anchored = await _install.RunAsync("audit", "verify"); // verifies and writes a checkpoint of the head
        Assert.True(anchored.Exit == 0, anchored.Err);
        Assert.Contains($"业务操作 {Records} 条", anchored.Out);
    }

    public async ValueTask DisposeAsync() => await _install.DisposeAsync();

    private Task Db(Func<PlatformDbContext, Task> action) => _install.WithDbAsync(async db => { await action(db); return 0; });

    private async Task AssertVerifyNamesAsync(long firstBroken)
    {
        var (exit, _, err) = await _install.RunAsync("audit", "verify");
        Assert.Equal(1, exit);
        Assert.Contains($"首条损坏记录 #{firstBroken}", err);
    }

    private static Task<int> SetHeadAsync(PlatformDbContext db, long sequence, string hash) =>
        db.Set<AuditHead>().Where(h => h.Id == AuditHead.Business)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, sequence).SetProperty(h => h.Hash, hash));

    [Fact]
    public async Task Deleting_the_tail_and_moving_the_head_back_fails_verify()
    {
        await Db(async db =>
        {
            await db.AuditRecords.Where(r => r.Sequence > 4).ExecuteDeleteAsync();
            var last = await db.AuditRecords.SingleAsync(r => r.Sequence == 4);
            await SetHeadAsync(db, 4, last.Hash);
        });
        await AssertVerifyNamesAsync(5);
    }

    [Fact]
    public async Task Deleting_the_tail_alone_fails_verify()
    {
        await Db(db => db.AuditRecords.Where(r => r.Sequence == Records).ExecuteDeleteAsync());
        await AssertVerifyNamesAsync(Records);
    }

    [Fact]
    public async Task Updating_the_head_row_fails_verify()
    {
        await Db(db => SetHeadAsync(db, Records + 1, new string('a', 64)));
        await AssertVerifyNamesAsync(Records + 1);
    }

    [Fact]
    public async Task Deleting_the_head_row_fails_verify()
    {
        await Db(db => db.Set<AuditHead>().Where(h => h.Id == AuditHead.Business).ExecuteDeleteAsync());
        await AssertVerifyNamesAsync(Records + 1);
    }

    [Fact]
    public async Task Deleting_the_whole_trail_and_its_head_fails_verify()
    {
        await Db(async db =>
        {
            await db.AuditRecords.ExecuteDeleteAsync();
            await db.Set<AuditHead>().ExecuteDeleteAsync();
        });
        await AssertVerifyNamesAsync(1);
    }

    [Fact]
    public async Task Emptying_the_trail_and_resetting_the_head_to_genesis_fails_verify()
    {
        await Db(async db =>
        {
            await db.AuditRecords.ExecuteDeleteAsync();
            await SetHeadAsync(db, 0, AuditChain.Genesis);
        });
        await AssertVerifyNamesAsync(1);
    }

    [Fact]
    public async Task Editing_a_record_and_recomputing_a_plain_sha256_chain_fails_verify()
    {
        await Db(async db =>
        {
            await db.AuditRecords.Where(r => r.Sequence == 2).ExecuteUpdateAsync(s => s.SetProperty(r => r.Summary, "篡改"));
            await RechainWithPlainSha256Async(db, 2);
        });
        await AssertVerifyNamesAsync(2);
    }

    [Fact]
    public async Task Deleting_a_record_and_renumbering_the_rest_fails_verify()
    {
        await Db(async db =>
        {
            await db.AuditRecords.Where(r => r.Sequence == 3).ExecuteDeleteAsync();
            for (var s = 4; s <= Records; s++)
            {
                var from = s;
                await db.AuditRecords.Where(r => r.Sequence == from).ExecuteUpdateAsync(u => u.SetProperty(r => r.Sequence, from - 1));
            }
            await RechainWithPlainSha256Async(db, 3);
        });
        await AssertVerifyNamesAsync(3);
    }

    [Fact]
    public async Task Appending_a_forged_record_fails_verify()
    {
        await Db(async db =>
        {
            var last = await db.AuditRecords.SingleAsync(r => r.Sequence == Records);
            var forged = new AuditRecord
            {
                Sequence = Records + 1, OccurredAt = last.OccurredAt.AddMinutes(1), ActorName = "系统", ActorRoles = "System",
                Action = "account.create-staff", Target = "账号 eve", Summary = "", PreviousHash = last.Hash,
                Hash = PlainSha256(Records + 1, "account.create-staff", last.Hash),
            };
            // Bypass the audited save: an attacker writes the row with SQL.
            await db.Database.ExecuteSqlAsync($"INSERT INTO platform_audit (\"Sequence\", \"OccurredAt\", \"ActorName\", \"ActorRoles\", \"Action\", \"Target\", \"Summary\", \"PreviousHash\", \"Hash\") VALUES ({forged.Sequence}, {forged.OccurredAt}, {forged.ActorName}, {forged.ActorRoles}, {forged.Action}, {forged.Target}, {forged.Summary}, {forged.PreviousHash}, {forged.Hash})");
            await SetHeadAsync(db, forged.Sequence, forged.Hash);
        });
        await AssertVerifyNamesAsync(Records + 1);
    }

    [Fact]
    public async Task Changing_a_missing_region_to_an_empty_one_fails_verify()
    {
        await Db(async db =>
        {
            Assert.Null(await db.AuditRecords.Where(r => r.Sequence == 2).Select(r => r.RegionCode).SingleAsync());
            await db.AuditRecords.Where(r => r.Sequence == 2).ExecuteUpdateAsync(s => s.SetProperty(r => r.RegionCode, ""));
        });
        var (_, _, err) = await _install.RunAsync("audit", "verify");
        Assert.Contains("首条损坏记录 #2", err);
        Assert.Contains("区划=''", err); // the stored empty text is shown as such, not as a missing value
    }

    [Fact]
    public async Task Moving_a_record_by_half_a_millisecond_fails_verify()
    {
        await Db(async db =>
        {
            var at = await db.AuditRecords.Where(r => r.Sequence == 2).Select(r => r.OccurredAt).SingleAsync();
            var moved = DateTime.SpecifyKind(at, DateTimeKind.Utc).AddTicks(5000);
            await db.AuditRecords.Where(r => r.Sequence == 2).ExecuteUpdateAsync(s => s.SetProperty(r => r.OccurredAt, moved));
        });
        await AssertVerifyNamesAsync(2);
    }

    [Fact]
    public async Task A_forged_checkpoint_file_fails_verify()
    {
        var dir = Path.Combine(_install.DataDirectory, "audit-checkpoints");
        var file = Path.Combine(dir, AuditCheckpoint.FileNameOf(AuditChain.BusinessChain, 2));
        await File.WriteAllTextAsync(file, $$"""{"chain":"audit","sequence":2,"hash":"{{new string('b', 64)}}","writtenAt":"2026-11-23T01:00:00+00:00","signature":"{{new string('c', 64)}}"}""", TestContext.Current.CancellationToken);
        var (exit, _, err) = await _install.RunAsync("audit", "verify");
        Assert.Equal(1, exit);
        Assert.Contains("签名无效", err);
    }

    /// <summary>What the old, unkeyed chain computed: anyone with database access can recompute it.</summary>
    private static async Task RechainWithPlainSha256Async(PlatformDbContext db, long from)
    {
        var previous = await db.AuditRecords.Where(r => r.Sequence == from - 1).Select(r => r.Hash).SingleAsync();
        var records = await db.AuditRecords.AsNoTracking().Where(r => r.Sequence >= from).OrderBy(r => r.Sequence).ToListAsync();
        foreach (var r in records)
        {
            var hash = PlainSha256(r.Sequence, r.Action + r.Target + r.Summary, previous);
            var seq = r.Sequence;
            var prev = previous;
            await db.AuditRecords.Where(x => x.Sequence == seq)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.PreviousHash, prev).SetProperty(x => x.Hash, hash));
            previous = hash;
        }
        await SetHeadAsync(db, records[^1].Sequence, previous);
    }

    private static string PlainSha256(long sequence, string text, string previous) => Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', sequence.ToString(CultureInfo.InvariantCulture), text, previous))));
}

public sealed class AuditTamperingOnSqlite() : AuditTamperingTests(postgres: false);
public sealed class AuditTamperingOnPostgres() : AuditTamperingTests(postgres: true);
