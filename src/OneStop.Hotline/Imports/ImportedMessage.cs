using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Hotline.Tickets.Domain;

namespace OneStop.Hotline.Imports;

/// <summary>
/// A message-board message already imported (留言编号 → the ticket made of it): what makes the import idempotent.
/// Kept here rather than on the ticket, which has no external-reference field.
/// </summary>
public sealed class ImportedMessage
{
    public long Id { get; private set; }
    public required string MessageId { get; init; }
    public long TicketId { get; init; }
    public DateTime ImportedAt { get; init; }
}

internal sealed class ImportedMessageConfiguration : IEntityTypeConfiguration<ImportedMessage>
{
    public void Configure(EntityTypeBuilder<ImportedMessage> e)
    {
        e.ToTable("hotline_imported_messages");
        e.Property(m => m.MessageId).HasMaxLength(40);
        e.HasIndex(m => m.MessageId).IsUnique();
        e.HasOne<Ticket>().WithMany().HasForeignKey(m => m.TicketId).OnDelete(DeleteBehavior.Restrict);
    }
}

