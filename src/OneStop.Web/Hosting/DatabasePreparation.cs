using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneStop.Cases.Demo;
using OneStop.Catalog.Demo;
using OneStop.Catalog.Persistence;
using OneStop.Platform.Accounts;
using OneStop.Platform.Demo;
using OneStop.Platform.Persistence;
using OneStop.Platform.Regions;

namespace OneStop.Web.Hosting;

public static class DatabasePreparation
{
    public const string NoAccountsMessage =
        "数据库中还没有任何账号。请在服务器上运行 `onestop admin create --user <用户名> --region <省级区划代码>`" +
        "（源码中：dotnet run --project src/OneStop.Cli -- admin create ...）创建第一个系统管理员，密码由您输入。";

    /// <summary>
    /// Brings every module's schema up to date. The demo seeds its accounts and catalog on an empty database; a
    /// production install creates no account and tells the operator how to create the first administrator.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await ModuleDatabases.MigrateAllAsync(app.Services);
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<PlatformDbContext>();
        // Regions are reference data every install needs (registration, scopes), demo or not.
        await RegionSeeder.EnsureAsync(db);
        if (!sp.GetRequiredService<DemoMode>().IsOn)
        {
            if (!await db.Accounts.AnyAsync()) app.Logger.LogWarning(NoAccountsMessage);
            return;
        }
        var time = sp.GetRequiredService<TimeProvider>();
        if (await DemoSeed.RunAsync(db, sp.GetRequiredService<IPasswordHasher<Account>>(), time))
            app.Logger.LogInformation("Demo data seeded into {Database}", sp.GetRequiredService<DatabaseSettings>().Describe());
        if (await CatalogDemoSeed.RunAsync(sp.GetRequiredService<CatalogDbContext>(), time, departments: sp.GetRequiredService<OneStop.Platform.Departments.IDepartmentDirectory>()))
            app.Logger.LogInformation("Demo catalog seeded");
        if (await SeedDemoCasesAsync(sp))
            app.Logger.LogInformation("Demo cases seeded");
        if (await OneStop.Hotline.Demo.KnowledgeDemoSeed.RunAsync(sp)) app.Logger.LogInformation("Demo knowledge base seeded");
        if (await OneStop.Hotline.Demo.DispatchDemoSeed.RunAsync(sp)) app.Logger.LogInformation("Demo dispatch catalogue seeded");
        if (await OneStop.Hotline.Demo.TicketsDemoSeed.RunAsync(sp, (await DemoStaff.ListAsync(db)).Select(s => new OneStop.Hotline.Demo.HotlineDemoStaff(s.UserName, s.AccountId, s.Name, s.Role)).ToList()))
            app.Logger.LogInformation("Demo hotline tickets seeded");
    }

    /// <summary>The demo cases, after the accounts and the catalog they are made of (skipped when any case exists).</summary>
    public static async Task<bool> SeedDemoCasesAsync(IServiceProvider sp)
    {
        var staff = await DemoStaff.ListAsync(sp.GetRequiredService<PlatformDbContext>());
        return await CasesDemoSeed.RunAsync(sp, staff.Select(s => new DemoStaffMember(s.UserName, s.AccountId, s.Name, s.Role)).ToList(),
            DemoCatalog.Items.Select(i => i.ImplementationCode));
    }
}
