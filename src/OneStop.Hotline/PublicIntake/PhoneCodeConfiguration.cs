using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStop.Hotline.PublicIntake;

internal sealed class PhoneCodeConfiguration : IEntityTypeConfiguration<PhoneCode>
{
    public void Configure(EntityTypeBuilder<PhoneCode> e)
    {
        e.ToTable("hotline_phone_codes");
        e.HasKey(c => c.Phone);
        e.Property(c => c.Phone).HasMaxLength(20);
        e.Property(c => c.PasswordSalt).HasMaxLength(32);
        e.Property(c => c.PasswordHash).HasMaxLength(64);
        e.Property(c => c.IssuedAt).IsConcurrencyToken();
    }
}
