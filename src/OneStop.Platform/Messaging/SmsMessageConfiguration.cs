using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStop.Platform.Messaging;

internal sealed class SmsMessageConfiguration : IEntityTypeConfiguration<SmsMessage>
{
    public void Configure(EntityTypeBuilder<SmsMessage> e)
    {
        e.ToTable("platform_sms_outbox");
        e.Property(m => m.Phone).HasMaxLength(20);
        e.Property(m => m.Text).HasMaxLength(SmsMessage.MaxTextLength);
        // The gateway reads the waiting messages in order.
        e.HasIndex(m => new { m.SentAt, m.Id });
        e.HasIndex(m => m.Phone);
    }
}
