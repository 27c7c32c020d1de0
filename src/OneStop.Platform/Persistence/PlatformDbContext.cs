using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OneStop.Platform.Accounts;
using OneStop.Platform.Calendar;
using OneStop.Platform.Departments;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Platform.Persistence;

internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options)
    : ModuleDbContext(options)
{
    protected override bool OwnsAuditTables => true;

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<CalendarOverride> CalendarOverrides => Set<CalendarOverride>();
    public DbSet<Audit.AuditRecord> AuditRecords => Set<Audit.AuditRecord>();
    public DbSet<Audit.SecurityEvent> SecurityEvents => Set<Audit.SecurityEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Region>(e =>
        {
            e.ToTable("platform_regions");
            e.HasKey(r => r.Code);
            e.Property(r => r.Code).HasMaxLength(12);
            e.Property(r => r.Name).HasMaxLength(100);
            e.Property(r => r.ParentCode).HasMaxLength(12);
            e.HasIndex(r => r.ParentCode);
        });
        modelBuilder.Entity<Department>(e =>
        {
            e.ToTable("platform_departments");
            e.Property(d => d.Name).HasMaxLength(100);
            e.Property(d => d.ShortName).HasMaxLength(50);
            e.Property(d => d.RegionCode).HasMaxLength(12);
            e.Property(d => d.CreditCode).HasMaxLength(18);
            e.HasIndex(d => new { d.RegionCode, d.Name }).IsUnique();
        });
        modelBuilder.Entity<Account>(e =>
        {
            e.ToTable("platform_accounts");
            e.Property(a => a.UserName).HasMaxLength(64);
            e.Property(a => a.DisplayName).HasMaxLength(100);
            e.Property(a => a.PasswordHash).HasMaxLength(200);
            e.Property(a => a.RegionCode).HasMaxLength(12);
            e.Property(a => a.ResidentId).HasMaxLength(18);
            e.Property(a => a.CreditCode).HasMaxLength(18);
            e.Property(a => a.Phone).HasMaxLength(20);
            e.Property(a => a.Address).HasMaxLength(ApplicantContact.MaxAddressLength);
            e.Property(a => a.LegalRepresentative).HasMaxLength(ApplicantContact.MaxLegalRepresentativeLength);
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.SecurityStamp).HasMaxLength(32);
            e.HasIndex(a => a.UserName).IsUnique();
            e.HasIndex(a => a.ResidentId).IsUnique();
            e.HasIndex(a => a.CreditCode).IsUnique();
            e.HasIndex(a => a.DepartmentId);
        });
        modelBuilder.Entity<DataProtectionKey>(e => DataProtectionKeysDbContext.Map(e));
        modelBuilder.Entity<CalendarOverride>(e =>
        {
            e.ToTable("platform_calendar_overrides");
            e.HasKey(c => c.Date);
            e.Property(c => c.Name).HasMaxLength(50);
            e.Property(c => c.Reason).HasMaxLength(200);
        });
        modelBuilder.ApplyConfiguration(new Messaging.SmsMessageConfiguration());
    }
}
