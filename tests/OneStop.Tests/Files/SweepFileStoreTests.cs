using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Files;
using OneStop.Platform.Files.Sweep;
using OneStop.Platform.Persistence;
using OneStop.Tests.Cases;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Files;

public sealed class SweepFileStoreOnSqlite(SqliteFactory f) : SweepFileStoreTests(f), IClassFixture<SqliteFactory>;
public sealed class SweepFileStoreOnPostgres(PostgresFactory f) : SweepFileStoreTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// 清理文件存储: an upload that no case or ticket refers to (its case lost a race after the bytes were stored) goes once
/// it is old; every file a case refers to stays however old, and so does a recent upload nothing refers to yet.
/// </summary>
public abstract class SweepFileStoreTests(OneStopFactory factory) : ApiTests(factory)
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<StoredFile> StoreAsync(string text) => Factory.WithScopeAsync(sp =>
        sp.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(CaseScenario.Pdf(text)), 1 << 20, default));

    /// <summary>Makes a stored file look last stored <paramref name="ago"/> before the host's clock.</summary>
    private Task AgeAsync(string sha256, TimeSpan ago) => Factory.WithScopeAsync(sp =>
    {
        var directory = sp.GetRequiredService<FileStoreSettings>().Directory;
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        File.SetLastWriteTimeUtc(Path.Combine(directory, sha256[..2], sha256[2..4], sha256), now - ago);
        return Task.FromResult(0);
    });

    private Task<FileSweepResult> SweepAsync(bool dryRun = false) => Factory.WithScopeAsync(sp => SweepFileStore.RunAsync(
        sp.GetRequiredService<IFileStore>(), sp.GetServices<IFileReferences>(), sp.GetRequiredService<PlatformDbContext>(),
        sp.GetRequiredService<TimeProvider>(), Week, dryRun, default));

    private Task<bool> ExistsAsync(string sha256) => Factory.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IFileStore>().Exists(sha256)));

    [Fact]
    public async Task An_old_upload_nothing_refers_to_is_deleted_and_a_cases_file_stays()
    {
        var s = new CaseScenario(Factory);
        var citizen = await s.SignInAsync(CaseScenario.Citizen);
        var id = (await s.StartAsync(citizen, await s.PublishItemAsync())).GetProperty("id").GetInt64();
        var uploaded = await CaseScenario.ReadAsync(await s.UploadAsync(citizen, id, 0, CaseScenario.Pdf("kept " + Guid.NewGuid())));
        var kept = uploaded.GetProperty("materials")[0].GetProperty("files")[0].GetProperty("sha256").GetString()!;
        var orphan = (await StoreAsync("lost race " + Guid.NewGuid())).Sha256;
        var recent = (await StoreAsync("uploading now " + Guid.NewGuid())).Sha256;
        await AgeAsync(kept, TimeSpan.FromDays(30));
        await AgeAsync(orphan, TimeSpan.FromDays(8));

        var trial = await SweepAsync(dryRun: true);
        Assert.True(trial.Unreferenced >= 1);
        Assert.True(await ExistsAsync(orphan), "a dry run deleted a file");

        var result = await SweepAsync();

        Assert.False(await ExistsAsync(orphan));
        Assert.True(await ExistsAsync(kept));
        Assert.True(await ExistsAsync(recent));
        Assert.True(result.KeptRecent >= 1);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/api/cases/{id}/files/{kept}", Ct)).StatusCode);
        var audit = await (await Factory.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>("/api/audit?action=file.sweep", Ct);
        Assert.Contains(audit.GetProperty("items").EnumerateArray(),
            r => r.GetProperty("summary").GetString()!.StartsWith("清理无引用文件", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Uploading_content_that_is_already_stored_renews_it_so_the_sweep_keeps_it()
    {
        var text = "same bytes " + Guid.NewGuid();
        var first = (await StoreAsync(text)).Sha256;
        await AgeAsync(first, TimeSpan.FromDays(8));
        // A new draft uploads the same bytes just before the sweep: nothing refers to them yet, but they are new again.
        Assert.Equal(first, (await StoreAsync(text)).Sha256);

        await SweepAsync();

        Assert.True(await ExistsAsync(first));
    }
}
