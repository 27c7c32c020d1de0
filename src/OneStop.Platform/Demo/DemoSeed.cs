using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Accounts;
using OneStop.Platform.Departments;
using OneStop.Platform.Identity;
using OneStop.Platform.Persistence;
using OneStop.Platform.Regions;

namespace OneStop.Platform.Demo;

/// <summary>Fills an empty database with the demo region, departments and one account per role. Idempotent.</summary>
internal static class DemoSeed
{
    public static async Task<bool> RunAsync(PlatformDbContext db, IPasswordHasher<Account> hasher, TimeProvider time,
        CancellationToken ct = default)
    {
        if (await db.Accounts.AnyAsync(ct)) return false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await RegionSeeder.EnsureAsync(db, ct);

        var towns = await db.Regions.Where(r => r.Level == RegionLevel.Town).Select(r => r.Code).ToListAsync(ct);
        foreach (var (code, name) in DemoData.Towns.Where(t => !towns.Contains(t.Code)))
            db.Regions.Add(new Region { Code = code, Name = name, Level = RegionLevel.Town, ParentCode = DemoData.County });

        var departments = DemoData.Departments.ToDictionary(d => d.Key,
            d => new Department { Name = d.Name, ShortName = d.Short, RegionCode = d.Region });
        db.Departments.AddRange(departments.Values);
        db.Audit("demo.seed", "演示数据", "演示区划、部门");
        await db.SaveChangesAsync(ct);

        var now = time.GetUtcNow().UtcDateTime;
        // One hash serves every demo account: hashing is deliberately slow, and the demo password is public anyway.
        var hash = hasher.HashPassword(null!, DemoData.Password);
        foreach (var s in DemoData.Staff)
        {
            var dept = departments[s.Department];
            var account = new Account
            {
                UserName = s.UserName, DisplayName = s.Name, Kind = AccountKind.Staff, DepartmentId = dept.Id,
                RegionCode = dept.RegionCode, PasswordHash = hash, CreatedAt = now,
            };
            account.GrantRoles([s.Role]);
            db.Accounts.Add(account);
        }
        foreach (var c in DemoData.Citizens)
        {
            var id = c.IdFirst17 + ResidentId.ComputeCheckChar(c.IdFirst17);
            db.Accounts.Add(new Account
            {
                UserName = id, DisplayName = c.Name, Kind = AccountKind.Citizen, ResidentId = id, Phone = c.Phone,
                Address = c.Address,
                RegionCode = DemoData.County, PasswordHash = hash, CreatedAt = now,
            });
        }
        foreach (var e in DemoData.Enterprises)
        {
            var code = e.CodeFirst17 + CreditCode.ComputeCheckChar(e.CodeFirst17);
            db.Accounts.Add(new Account
            {
                UserName = code, DisplayName = e.Name, Kind = AccountKind.Enterprise, CreditCode = code,
                Address = e.Address, LegalRepresentative = e.LegalRepresentative,
                RegionCode = DemoData.County, PasswordHash = hash, CreatedAt = now,
            });
        }
        db.Audit("demo.seed", "演示数据", "演示账号（每个角色一个）");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
