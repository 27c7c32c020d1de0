using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OneStop.Cases.Domain;
using OneStop.Platform.Persistence;
using OneStop.Platform.Security;

namespace OneStop.Cases.Persistence;

public sealed class CasesDbContext(DbContextOptions<CasesDbContext> options)
    : ModuleDbContext(options)
{
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseEvent> Events => Set<CaseEvent>();
    internal DbSet<CaseNumberCounter> NumberCounters => Set<CaseNumberCounter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Case>(e =>
        {
            e.ToTable("cases_cases");
            e.Property(c => c.Number).HasMaxLength(40);
            e.HasIndex(c => c.Number).IsUnique();
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(12);
            e.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Channel).HasConversion<string>().HasMaxLength(10);
            e.Property(c => c.Decision).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.ItemCode).HasMaxLength(64);
            e.Property(c => c.ItemName).HasMaxLength(300);
            e.Property(c => c.RegionCode).HasMaxLength(12);
            e.Property(c => c.DepartmentName).HasMaxLength(100);
            e.Property(c => c.ApplicantIdTail).HasMaxLength(6);
            e.Property(c => c.DecisionReason).HasMaxLength(CaseLimits.MaxOpinionLength);
            e.Property(c => c.RefusalReason).HasMaxLength(CaseLimits.MaxOpinionLength);
            e.Property(c => c.DecidedByRule).HasMaxLength(100);
            Snapshot(e.Property(c => c.Item));
            Snapshot(e.Property(c => c.Bundle));
            Json(e.Property(c => c.Applicant));
            Json(e.Property(c => c.Fields));
            Json(e.Property(c => c.Materials));
            Json(e.Property(c => c.Steps));
            Json(e.Property(c => c.Pauses));
            Json(e.Property(c => c.Extensions));
            Json(e.Property(c => c.Supplement));
            e.Property(c => c.Revision).IsConcurrencyToken();
            e.Ignore(c => c.FormFields);
            e.Ignore(c => c.CurrentStep);
            e.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Restrict);
            e.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);
            // The workbenches' queries: a region's pre-review queue, a department's tasks by due date, an applicant's cases.
            e.HasIndex(c => new { c.RegionCode, c.State });
            e.HasIndex(c => new { c.DepartmentId, c.State, c.StepDueDate });
            // 我的办件 and the bound on open drafts count an applicant's cases by state: an enterprise or an agent may have thousands.
            e.HasIndex(c => new { c.ApplicantAccountId, c.State });
            e.HasIndex(c => c.ParentId);
            e.HasIndex(c => c.SubmittedAt);
        });
        modelBuilder.Entity<CaseEvent>(e =>
        {
            e.ToTable("cases_events");
            e.Property(h => h.Action).HasConversion<string>().HasMaxLength(32);
            e.Property(h => h.From).HasConversion<string>().HasMaxLength(20);
            e.Property(h => h.To).HasConversion<string>().HasMaxLength(20);
            e.Property(h => h.ActorName).HasMaxLength(100);
            e.Property(h => h.ActorRole).HasMaxLength(40);
            e.Property(h => h.Opinion).HasMaxLength(CaseLimits.MaxOpinionLength);
            e.Property(h => h.Detail).HasMaxLength(2000);
            Json(e.Property(h => h.Attachments));
            e.HasIndex(h => new { h.CaseId, h.Sequence }).IsUnique();
        });
        modelBuilder.Entity<CaseNumberCounter>(e =>
        {
            e.ToTable("cases_number_counters");
            e.HasKey(c => new { c.RegionCode, c.Day });
            e.Property(c => c.RegionCode).HasMaxLength(12);
            e.Property(c => c.Day).HasMaxLength(8);
        });
    }

    /// <summary>
    /// The published item (or bundle) a case was applied for: the same text in every case of that version, read on
    /// every action. Read once per distinct text and shared: the snapshot is immutable (records, read-only lists).
    /// </summary>
    private static void Snapshot<T>(PropertyBuilder<T?> property) where T : class => Json(property, s => SnapshotTexts<T>.Read(s));

    private static class SnapshotTexts<T> where T : class
    {
        private const int Limit = 1000;
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, T?> Known = new();

        public static T? Read(string text)
        {
            if (Known.TryGetValue(text, out var known)) return known;
            var value = JsonSerializer.Deserialize<T>(text, CaseJson.Options);
            // A bounded memory: an installation has a few thousand item versions; past the limit it starts over.
            if (Known.Count >= Limit) Known.Clear();
            Known[text] = value;
            return value;
        }
    }

    private static void Json<T>(PropertyBuilder<T> property) => Json(property, s => JsonSerializer.Deserialize<T>(s, CaseJson.Options)!);

    /// <summary>
    /// JSON columns compared by reference: the domain never mutates these values, it replaces them (records and new
    /// lists), so a new instance is exactly a change.
    /// </summary>
    private static void Json<T>(PropertyBuilder<T> property, System.Linq.Expressions.Expression<Func<string, T>> read) =>
        property.HasConversion(new ValueConverter<T, string>(v => JsonSerializer.Serialize(v, CaseJson.Options), read),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<T>(
                (a, b) => ReferenceEquals(a, b), v => v == null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(v), v => v));
}
