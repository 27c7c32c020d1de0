using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OneStop.Platform.Audit;

namespace OneStop.Tests.Audit;

/// <summary>The key and the checkpoints outside the database: how they are created, written and shared by hosts.</summary>
public abstract class AuditAnchoringTests(bool postgres) : IAsyncLifetime
{
    private AuditInstallation _install = null!;
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _install = AuditInstallation.Create(postgres);
        Assert.Equal(0, (await _install.RunAsync("migrate")).Exit);
    }

    public async ValueTask DisposeAsync() => await _install.DisposeAsync();

    private string CheckpointDirectory => Path.Combine(_install.DataDirectory, "audit-checkpoints");

    [Fact]
    public void The_key_file_is_created_on_first_start_readable_by_its_owner_only()
    {
        var key = Path.Combine(_install.DataDirectory, "audit.key");
        Assert.True(File.Exists(key));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
    }

    [Fact]
    public async Task Verify_writes_a_checkpoint_of_each_chain_head_once_per_sequence()
    {
        await _install.WithDbAsync(async db =>
        {
            db.SecurityEvent("auth.sign-in-failed", "账号 nobody", "账号不存在");
            await db.SaveChangesAsync(Ct);
            return 0;
        });
        Assert.Equal(0, (await _install.RunAsync("audit", "verify")).Exit);
        Assert.Equal(0, (await _install.RunAsync("audit", "verify")).Exit); // same heads: nothing new
        var files = Directory.GetFiles(CheckpointDirectory).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(2, files.Count);
        Assert.StartsWith("audit-", files[0]);
        Assert.Equal("security-000000000001.json", files[1]);
    }

    [Fact]
    public async Task Two_hosts_anchoring_at_the_same_time_write_each_checkpoint_once()
    {
        var rounds = Enumerable.Range(0, 4).Select(_ => _install.WithHostAsync(async sp =>
        {
            var service = new AuditCheckpointService(sp.GetRequiredService<IServiceScopeFactory>(),
                sp.GetRequiredService<AuditSettings>(), TimeProvider.System,
                sp.GetRequiredService<AuditSealer>(), NullLogger<AuditCheckpointService>.Instance);
            await service.RunOnceAsync(Ct);
            return 0;
        }));
        await Task.WhenAll(rounds);
        var files = Directory.GetFiles(CheckpointDirectory);
        Assert.Single(files); // one business head, no temporary files left behind
        Assert.Equal(0, (await _install.RunAsync("audit", "verify")).Exit);
    }
}

public sealed class AuditAnchoringOnSqlite() : AuditAnchoringTests(postgres: false);
public sealed class AuditAnchoringOnPostgres() : AuditAnchoringTests(postgres: true);
