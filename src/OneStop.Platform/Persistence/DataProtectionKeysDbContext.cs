using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStop.Platform.Persistence;

/// <summary>
/// The data-protection key ring (it protects cookies, bearer tokens and antiforgery tokens) kept in the platform's
/// own database: every host of one installation shares it, another installation (another database) has its own,
/// so its tokens are refused here. The table belongs to the Platform migrations; this small context exists because
/// the key store saves synchronously and without an audit record, which <see cref="ModuleDbContext"/> forbids.
/// </summary>
internal sealed class DataProtectionKeysDbContext(DbContextOptions<DataProtectionKeysDbContext> options)
    : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>(e =>
        {
            Map(e);
            e.ToTable("platform_data_protection_keys", t => t.ExcludeFromMigrations());
        });

    internal static void Map(EntityTypeBuilder<DataProtectionKey> e)
    {
        e.ToTable("platform_data_protection_keys");
        e.Property(k => k.FriendlyName).HasMaxLength(100);
    }
}
