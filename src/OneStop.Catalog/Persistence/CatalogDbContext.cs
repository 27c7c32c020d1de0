using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OneStop.Catalog.Bundles;
using OneStop.Catalog.Items;
using OneStop.Catalog.Search;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Catalog.Persistence;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options)
    : ModuleDbContext(options)
{
    public DbSet<ServiceItem> Items => Set<ServiceItem>();
    public DbSet<ServiceItemVersion> Versions => Set<ServiceItemVersion>();
    public DbSet<Bundle> Bundles => Set<Bundle>();
    public DbSet<CatalogSetting> Settings => Set<CatalogSetting>();
    public DbSet<SearchCount> SearchCounts => Set<SearchCount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ServiceItem>(e =>
        {
            e.ToTable("catalog_items");
            e.Property(i => i.ImplementationCode).HasMaxLength(64);
            e.Property(i => i.RegionCode).HasMaxLength(12);
            e.Property(i => i.Source).HasMaxLength(20);
            e.Property(i => i.Variation).HasConversion(Json<LocalVariation?>());
            e.HasIndex(i => new { i.RegionCode, i.ImplementationCode }).IsUnique();
            e.HasIndex(i => i.GeneralItemId);
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Restrict);
            e.Navigation(i => i.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<ServiceItemVersion>(e =>
        {
            e.ToTable("catalog_item_versions");
            e.Property(v => v.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(v => v.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(v => v.Name).HasMaxLength(300);
            e.Property(v => v.DepartmentName).HasMaxLength(100);
            e.Property(v => v.Content).HasConversion(Json<ItemContent>(), new ValueComparer<ItemContent>(
                (a, b) => Serialize(a) == Serialize(b), c => Serialize(c).GetHashCode(), c => c));
            e.Property(v => v.Variation).HasConversion(Json<LocalVariation?>());
            e.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
            e.HasIndex(v => new { v.Status, v.Kind });
        });
        modelBuilder.Entity<CatalogSetting>(e =>
        {
            e.ToTable("catalog_settings");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(50);
        });
        modelBuilder.Entity<SearchCount>(e =>
        {
            e.ToTable("catalog_search_counts");
            e.HasKey(x => x.Query);
            e.Property(x => x.Query).HasMaxLength(PopularSearches.MaxLength);
            e.HasIndex(x => x.Count);
        });
        modelBuilder.Entity<Bundle>(e =>
        {
            e.ToTable("catalog_bundles");
            e.Property(b => b.Code).HasMaxLength(64);
            e.Property(b => b.Name).HasMaxLength(100);
            e.Property(b => b.RegionCode).HasMaxLength(12);
            e.Property(b => b.Description).HasMaxLength(1000);
            e.Property(b => b.Status).HasConversion<string>().HasMaxLength(12);
            e.HasIndex(b => new { b.RegionCode, b.Code }).IsUnique();
            e.Property(b => b.Revision).IsConcurrencyToken();
        });
    }

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T, string> Json<T>() =>
        new(v => Serialize(v), s => JsonSerializer.Deserialize<T>(s, CatalogJson.Options)!);

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, CatalogJson.Options);
}
