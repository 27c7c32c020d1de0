using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Hotline.Tickets.Domain;
using static OneStop.Hotline.Tickets.Persistence.TicketJson;

namespace OneStop.Hotline.Tickets.Persistence;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> e)
    {
        e.ToTable("hotline_tickets");
        e.Property(t => t.Number).HasMaxLength(32);
        e.HasIndex(t => t.Number).IsUnique();
        e.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        e.Property(t => t.Type).HasConversion<string>().HasMaxLength(16);
        e.Property(t => t.Urgency).HasConversion<string>().HasMaxLength(10);
        e.Property(t => t.EmergencyFlag).HasConversion<string>().HasMaxLength(16);
        e.Property(t => t.CategoryCode).HasMaxLength(6);
        e.Property(t => t.RegionCode).HasMaxLength(12);
        e.Property(t => t.Address).HasMaxLength(TicketLimits.MaxAddressLength);
        e.Property(t => t.Title).HasMaxLength(TicketLimits.MaxTitleLength);
        e.Property(t => t.Text).HasMaxLength(TicketLimits.MaxTextLength);
        e.Property(t => t.DepartmentName).HasMaxLength(100);
        e.Property(t => t.ClosedHow).HasMaxLength(20);
        Json(e.Property(t => t.CoDepartments));
        e.Property(t => t.CoDepartmentKeys).HasMaxLength(400);
        Json(e.Property(t => t.PendingReturn));
        Json(e.Property(t => t.Extension));
        Json(e.Property(t => t.CoHandlerNotes));
        Json(e.Property(t => t.Reply));
        Json(e.Property(t => t.HandOverRecord));
        e.Property(t => t.Revision).IsConcurrencyToken();
        e.Ignore(t => t.Founding);
        e.HasMany(t => t.History).WithOne().HasForeignKey(h => h.TicketId).OnDelete(DeleteBehavior.Restrict);
        e.Navigation(t => t.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(t => t.Requests).WithOne().HasForeignKey(r => r.TicketId).OnDelete(DeleteBehavior.Restrict);
        e.Navigation(t => t.Requests).UsePropertyAccessMode(PropertyAccessMode.Field);
        // The queues: the dispatcher's by region and state, a department's by state and deadline; figures by period.
        e.HasIndex(t => new { t.RegionCode, t.State });
        e.HasIndex(t => new { t.DepartmentId, t.State, t.DueAt });
        e.HasIndex(t => new { t.State, t.SignDueAt });
        e.HasIndex(t => t.CreatedAt);
    }
}

internal sealed class HotlineRequestConfiguration : IEntityTypeConfiguration<HotlineRequest>
{
    public void Configure(EntityTypeBuilder<HotlineRequest> e)
    {
        e.ToTable("hotline_requests");
        e.Property(r => r.Number).HasMaxLength(32);
        e.HasIndex(r => r.Number).IsUnique();
        e.Property(r => r.Channel).HasConversion<string>().HasMaxLength(10);
        e.Property(r => r.Type).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.Callback).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.Title).HasMaxLength(TicketLimits.MaxTitleLength);
        e.Property(r => r.Text).HasMaxLength(TicketLimits.MaxTextLength);
        e.Property(r => r.RequesterName).HasMaxLength(TicketLimits.MaxNameLength);
        e.Property(r => r.Phone).HasMaxLength(20);
        e.Property(r => r.RegionCode).HasMaxLength(12);
        e.Property(r => r.Address).HasMaxLength(TicketLimits.MaxAddressLength);
        e.Property(r => r.ReceivedBy).HasMaxLength(100);
        e.Property(r => r.CallbackBy).HasMaxLength(100);
        e.Property(r => r.CallbackComment).HasMaxLength(TicketLimits.MaxOpinionLength);
        Json(e.Property(r => r.Updates));
        Json(e.Property(r => r.EarlierCallbacks));
        e.Ignore(r => r.NeedsCallback);
        e.HasIndex(r => r.TicketId);
        e.HasIndex(r => r.ReceivedAt);
        e.HasIndex(r => r.AccountId);
    }
}

internal sealed class TicketEventConfiguration : IEntityTypeConfiguration<TicketEvent>
{
    public void Configure(EntityTypeBuilder<TicketEvent> e)
    {
        e.ToTable("hotline_ticket_events");
        e.Property(h => h.Action).HasConversion<string>().HasMaxLength(24);
        e.Property(h => h.From).HasConversion<string>().HasMaxLength(20);
        e.Property(h => h.To).HasConversion<string>().HasMaxLength(20);
        e.Property(h => h.ActorName).HasMaxLength(100);
        e.Property(h => h.ActorRole).HasMaxLength(40);
        e.Property(h => h.ActorDepartment).HasMaxLength(100);
        e.Property(h => h.Opinion).HasMaxLength(TicketLimits.MaxReplyLength);
        e.Property(h => h.Detail).HasMaxLength(2000);
        e.HasIndex(h => new { h.TicketId, h.Sequence }).IsUnique();
    }
}

/// <summary>The last serial given out on a Beijing day: 诉求编号 = 12345 + date + serial.</summary>
internal sealed class RequestNumberCounter
{
    public required string Day { get; init; }
    public int Last { get; set; }
}

internal sealed class RequestNumberCounterConfiguration : IEntityTypeConfiguration<RequestNumberCounter>
{
    public void Configure(EntityTypeBuilder<RequestNumberCounter> e)
    {
        e.ToTable("hotline_request_counters");
        e.HasKey(c => c.Day);
        e.Property(c => c.Day).HasMaxLength(8);
    }
}
