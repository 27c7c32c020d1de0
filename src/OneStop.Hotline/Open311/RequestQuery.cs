using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Taxonomy;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Calendar;
using OneStop.Platform.Privacy;

namespace OneStop.Hotline.Open311;

/// <summary>
/// GET requests and GET requests/{id}: the public view of 诉求 — never the requester (no name, phone or account),
/// resident IDs and mobile numbers masked in the text, 保密 requests and emergencies handed to 110/119/120/122 left
/// out. service_request_id is the request's own number (what the caller is told).
/// </summary>
public sealed class RequestQuery(HotlineDbContext db, TimeProvider time)
{
    public const int MaxResults = 1000;
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(90);

    // Member-initialised (not positional) so that the filters after the projection still translate to SQL.
    private sealed class Row
    {
        public required string Number { get; init; }
        public required string Text { get; init; }
        public string? Address { get; init; }
        public double? Latitude { get; init; }
        public double? Longitude { get; init; }
        public DateTime ReceivedAt { get; init; }
        public required IReadOnlyList<RequesterUpdate> Updates { get; init; }
        public TicketState State { get; init; }
        public string? CategoryCode { get; init; }
        public string? DepartmentName { get; init; }
        public DateTime? DueAt { get; init; }
        public TicketReply? Reply { get; init; }
        public string? ClosedHow { get; init; }
    }

    public async Task<Open311List> SearchAsync(string? ids, string? serviceCodes, string? startDate, string? endDate, string? status,
        CancellationToken ct)
    {
        var rows = Public();
        if (!string.IsNullOrWhiteSpace(ids))
        {
            // The specification: a list of ids overrides every other argument.
            var numbers = Split(ids);
            rows = rows.Where(r => numbers.Contains(r.Number));
        }
        else
        {
            var end = Date(endDate, "end_date") ?? time.GetUtcNow().UtcDateTime;
            var start = Date(startDate, "start_date") ?? end - MaxSpan;
            if (start > end) throw Open311Exception.BadRequest("start_date 不能晚于 end_date");
            if (end - start > MaxSpan) throw Open311Exception.BadRequest("start_date 与 end_date 的间隔不能超过 90 天");
            rows = rows.Where(r => r.ReceivedAt >= start && r.ReceivedAt <= end);
            if (!string.IsNullOrWhiteSpace(serviceCodes))
            {
                var codes = Split(serviceCodes);
                rows = rows.Where(r => r.CategoryCode != null && codes.Contains(r.CategoryCode));
            }
            if (!string.IsNullOrWhiteSpace(status))
            {
                var wanted = Split(status);
                if (wanted.Any(s => s is not ("open" or "closed"))) throw Open311Exception.BadRequest("status 只能是 open 或 closed");
                if (!wanted.Contains("open")) rows = rows.Where(r => r.State == TicketState.Closed);
                if (!wanted.Contains("closed")) rows = rows.Where(r => r.State != TicketState.Closed);
            }
        }
        var found = await rows.OrderByDescending(r => r.ReceivedAt).Take(MaxResults).ToListAsync(ct);
        return new Open311List("service_requests", found.Select(r => (object?)Element(r)).ToList());
    }

    public async Task<Open311List> OneAsync(string id, CancellationToken ct)
    {
        var row = await Public().FirstOrDefaultAsync(r => r.Number == id, ct)
            ?? throw Open311Exception.NotFound($"service_request_id 不存在：{id}");
        return new Open311List("service_requests", [Element(row)]);
    }

    private IQueryable<Row> Public() =>
        from r in db.Set<HotlineRequest>().AsNoTracking()
        join t in db.Set<Ticket>().AsNoTracking() on r.TicketId equals t.Id
        where !r.Confidential && t.State != TicketState.HandedOver
        select new Row
        {
            Number = r.Number, Text = r.Text, Address = r.Address, Latitude = r.Latitude, Longitude = r.Longitude,
            ReceivedAt = r.ReceivedAt, Updates = r.Updates, State = t.State, CategoryCode = t.CategoryCode,
            DepartmentName = t.DepartmentName, DueAt = t.DueAt, Reply = t.Reply, ClosedHow = t.ClosedHow,
        };

    private static Open311Element Element(Row r)
    {
        var closed = r.State == TicketState.Closed;
        var category = AppealTaxonomy.Find(r.CategoryCode);
        var updated = r.Updates.Count > 0 ? r.Updates.Max(u => u.At) : r.ReceivedAt;
        return new Open311Element("request",
        [
            new("service_request_id", r.Number),
            new("status", closed ? "closed" : "open"),
            new("status_notes", StatusNotes(r, closed)),
            new("service_name", category?.Name),
            new("service_code", category?.Code),
            new("description", PersonalData.MaskText(r.Text)),
            new("agency_responsible", r.DepartmentName),
            new("service_notice", r.DueAt is { } due && !closed ? $"承办单位应于 {TicketClock.Show(due)} 前办结" : null),
            new("requested_datetime", W3c(r.ReceivedAt)),
            new("updated_datetime", W3c(updated)),
            new("expected_datetime", r.DueAt is { } d ? W3c(d) : null),
            new("address", r.Address),
            new("address_id", null),
            new("zipcode", null),
            new("lat", r.Latitude),
            new("long", r.Longitude),
            new("media_url", null),
        ]);
    }

    // The reply, once there is one, is what the requester is told; before it, where the ticket stands.
    private static string StatusNotes(Row r, bool closed) =>
        r.Reply is { } reply && r.State is TicketState.Replied or TicketState.Closed or TicketState.Escalated
            ? $"{r.State.Chinese()}。{reply.Department}答复：{PersonalData.MaskText(reply.Text)}"
            : closed && r.ClosedHow is { } how ? $"{r.State.Chinese()}（{how}）" : r.State.Chinese();

    /// <summary>W3C date-time with its zone, in Beijing time: 2026-11-23T09:00:00+08:00.</summary>
    public static string W3c(DateTime utc) => ChinaTime.ToBeijing(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static DateTime? Date(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        // A date-time without a zone is read as Beijing time (the specification asks clients to send one).
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var at)
            ? (value.Contains('Z') || value.Contains('+') || value.LastIndexOf('-') > 9 ? at : new DateTimeOffset(at.DateTime, TimeSpan.FromHours(8))).UtcDateTime
            : throw Open311Exception.BadRequest($"{name} 不是 W3C 日期时间（如 2026-11-23T09:00:00+08:00）：{value}");
    }

    private static List<string> Split(string list) =>
        [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxResults)];
}
