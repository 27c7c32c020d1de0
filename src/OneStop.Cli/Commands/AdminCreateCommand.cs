using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Accounts;
using OneStop.Platform.Departments;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Cli.Commands;

/// <summary>
/// admin create: the operator opens the first (or another) province-level system administrator with a password they
/// choose, read from standard input, never from the command line (which other users and shell history can see).
/// A production install creates no account by itself; this is how it gets its first one.
/// </summary>
public static class AdminCreateCommand
{
    public const string UsageLine =
        "admin create --user <用户名> --region <省级区划代码> [--name <姓名>] [--department <部门名称>]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] options, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var args = Options(options);
        if (args is null || !args.TryGetValue("--user", out var userName) || !args.TryGetValue("--region", out var regionCode))
        {
            await stderr.WriteLineAsync("用法: onestop " + UsageLine);
            return 2;
        }
        await ModuleDatabases.MigrateAllAsync(services);
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<PlatformDbContext>();
        await RegionSeeder.EnsureAsync(db);

        var v = new Validator();
        var user = v.Text("user", userName, 64);
        if (user.Length > 0 && !user.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            v.Add("user", "用户名只能包含字母、数字和 . _ -", "account.invalid-user-name");
        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == regionCode);
        if (region is not { Level: RegionLevel.Province })
            v.Add("region", "请给出省级行政区划代码，例如 440000（广东省）", "region.not-province");
        v.ThrowIfInvalid();
        if (await db.Accounts.AnyAsync(a => a.UserName == user))
            throw new BusinessRuleException("account.user-name-taken", "用户名已被使用");

        var password = PasswordPolicy.Check(v, "password", await PasswordInput.ReadAsync(stdin, stdout));
        v.ThrowIfInvalid();

        var departmentName = args.GetValueOrDefault("--department") ?? region!.Name + "政务服务和数据管理局";
        // The department and the account commit together: no half-created administrator.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var department = await db.Departments.FirstOrDefaultAsync(d => d.RegionCode == region!.Code && d.Name == departmentName);
        if (department is null)
        {
            department = new Department { Name = departmentName, RegionCode = region!.Code };
            db.Departments.Add(department);
            db.Audit("department.create", $"部门 {departmentName}", "由命令行随第一个管理员创建");
            await db.SaveChangesAsync(); // gives the department its id
        }
        var account = new Account
        {
            UserName = user, DisplayName = args.GetValueOrDefault("--name") ?? "系统管理员", Kind = AccountKind.Staff,
            DepartmentId = department.Id, RegionCode = region!.Code,
            CreatedAt = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        account.GrantRoles([Role.SystemAdmin]);
        account.PasswordHash = sp.GetRequiredService<IPasswordHasher<Account>>().HashPassword(account, password);
        db.Accounts.Add(account);
        db.Audit("account.create-admin", $"账号 {user}", $"{region.Name} 系统管理员（{departmentName}）");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await stdout.WriteLineAsync($"已创建{region.Name}系统管理员 {user}（{departmentName}），请用该账号登录。");
        return 0;
    }

    private static Dictionary<string, string>? Options(string[] options)
    {
        if (options.Length % 2 != 0) return null;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Length; i += 2)
        {
            if (options[i] is not ("--user" or "--region" or "--name" or "--department")) return null;
            map[options[i]] = options[i + 1];
        }
        return map;
    }
}
