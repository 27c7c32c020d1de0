using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Accounts;
using OneStop.Platform.Demo;
using OneStop.Platform.Persistence;

namespace OneStop.Cli.Commands;

public static class SeedDemoCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter stdout)
    {
        await ModuleDatabases.MigrateAllAsync(services);
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var seeded = await DemoSeed.RunAsync(sp.GetRequiredService<PlatformDbContext>(),
            sp.GetRequiredService<IPasswordHasher<Account>>(), sp.GetRequiredService<TimeProvider>());
        var catalog = await OneStop.Catalog.Demo.CatalogDemoSeed.RunAsync(sp.GetRequiredService<OneStop.Catalog.Persistence.CatalogDbContext>(), sp.GetRequiredService<TimeProvider>(),
            departments: sp.GetRequiredService<OneStop.Platform.Departments.IDepartmentDirectory>());
        if (catalog) await stdout.WriteLineAsync("已写入演示事项目录与一件事");
        var staff = await DemoStaff.ListAsync(sp.GetRequiredService<PlatformDbContext>());
        if (await OneStop.Cases.Demo.CasesDemoSeed.RunAsync(sp,
                staff.Select(s => new OneStop.Cases.Demo.DemoStaffMember(s.UserName, s.AccountId, s.Name, s.Role)).ToList(),
                OneStop.Catalog.Demo.DemoCatalog.Items.Select(i => i.ImplementationCode)))
            await stdout.WriteLineAsync("已写入演示办件（各状态的办件与一件事）");
        if (await OneStop.Hotline.Demo.KnowledgeDemoSeed.RunAsync(sp)) await stdout.WriteLineAsync("已写入演示知识库");
        if (await OneStop.Hotline.Demo.DispatchDemoSeed.RunAsync(sp)) await stdout.WriteLineAsync("已写入演示派单目录（天河区）");
        if (await OneStop.Hotline.Demo.TicketsDemoSeed.RunAsync(sp, staff.Select(s => new OneStop.Hotline.Demo.HotlineDemoStaff(s.UserName, s.AccountId, s.Name, s.Role)).ToList()))
            await stdout.WriteLineAsync("已写入演示 12345 诉求与工单（各状态）");
        await stdout.WriteLineAsync(seeded ? $"已写入演示数据（演示账号密码：{DemoData.Password}）" : "数据库已有账号，未写入演示数据");
        return 0;
    }
}
