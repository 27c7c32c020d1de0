using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStop.Hotline.Dispatch;

internal sealed class DispatchRuleConfiguration : IEntityTypeConfiguration<DispatchRule>
{
    public void Configure(EntityTypeBuilder<DispatchRule> rule)
    {
        rule.ToTable("hotline_dispatch_rules");
        rule.HasKey(r => r.Id);
        rule.Property(r => r.CategoryCode).HasMaxLength(6).IsRequired();
        rule.Property(r => r.RegionCode).HasMaxLength(12).IsRequired();
        rule.Property(r => r.Note).HasMaxLength(DispatchRuleInput.NoteLength);
        rule.Property(r => r.UpdatedBy).HasMaxLength(100).IsRequired();
        rule.Property(r => r.Revision).IsConcurrencyToken();
        // The suggestion looks rules up by (category, region); two rules for the same pair would make it ambiguous.
        rule.HasIndex(r => new { r.CategoryCode, r.RegionCode }).IsUnique();
        rule.HasIndex(r => r.RegionCode);
    }
}
