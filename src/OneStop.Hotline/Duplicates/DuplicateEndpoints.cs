using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Taxonomy;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Duplicates;

public sealed record DuplicateCheckRequest(string? Text, string? CategoryCode, string? RegionCode, string? Address,
    double? Latitude, double? Longitude, int? Max);

public sealed record DuplicateCheckResponse(IReadOnlyList<DuplicateMatch> Proposals);

/// <summary>A proposal as the console shows it: the open ticket (checked in the database now), the score, the reasons.</summary>
public sealed record DuplicateMatch(long TicketId, string Number, double Score, bool SameMatter, IReadOnlyList<string> Reasons,
    string? Title, string Text, string StateName, string? DepartmentName, int Requesters);

/// <summary>
/// POST /api/hotline/duplicates/check: while the agent types a request, the open matters that may be the same
/// (并单建议), best first, with the score and the reasons. Reads only; the merge itself is the ticket's use case.
/// </summary>
public static class DuplicateEndpoints
{
    public const int MaxText = 2000, MaxAddress = 200;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/hotline/duplicates/check", async Task<Ok<DuplicateCheckResponse>> (DuplicateCheckRequest request, DuplicateFinder finder,
                DataScope scope, TimeProvider time, HotlineDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await CheckAsync(request ?? new DuplicateCheckRequest(null, null, null, null, null, null, null), finder, scope, time, db, ct)))
            .WithName("CheckHotlineDuplicates").WithSummary("并单建议：与正在登记的诉求可能为同一事项的未办结工单")
            .ProducesProblem(400).ProducesProblem(403);
    }

    /// <summary>
    /// The index's proposals, each checked against the ticket table now: still open and in the agent's region (the
    /// index of another host may be half a minute behind a closing or a merge).
    /// </summary>
    public static async Task<DuplicateCheckResponse> CheckAsync(DuplicateCheckRequest request, DuplicateFinder finder, DataScope scope,
        TimeProvider time, HotlineDbContext db, CancellationToken ct)
    {
        var max = request.Max ?? 5;
        var proposals = Propose(request, finder, scope, time, out var staff);
        var ids = proposals.Select(p => OpenMattersFeed.TicketId(p.TicketId)).ToList();
        var tickets = await db.Set<Ticket>().AsNoTracking().Include(t => t.Requests).Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var matches = new List<DuplicateMatch>();
        foreach (var p in proposals)
        {
            if (!tickets.TryGetValue(OpenMattersFeed.TicketId(p.TicketId), out var t) || !t.State.IsOpen() || !staff.CoversRegion(t.RegionCode)) continue;
            matches.Add(new DuplicateMatch(t.Id, t.Number, p.Score, p.SameMatter, p.Reasons, t.Title,
                t.Text.Length > 120 ? t.Text[..120] + "…" : t.Text, t.State.Chinese(), t.DepartmentName, t.Requests.Count));
            if (matches.Count == max) break;
        }
        return new DuplicateCheckResponse(matches);
    }

    private static IReadOnlyList<DuplicateProposal> Propose(DuplicateCheckRequest request, DuplicateFinder finder, DataScope scope, TimeProvider time,
        out StaffScope staff)
    {
        staff = scope.Staff(Role.HotlineAgent, Role.HotlineDispatcher, Role.SystemAdmin);
        var v = new Validator();
        var text = v.Text("text", request.Text, MaxText);
        var address = v.Text("address", request.Address, MaxAddress, required: false);
        var region = request.RegionCode?.Trim() ?? "";
        if (!RegionCode.TryParse(region, out var code) || code.Level < RegionLevel.City)
            v.Add("regionCode", "请填写区县或街道的行政区划代码（6 位或 9 位）", "duplicate.region-invalid");
        var category = string.IsNullOrWhiteSpace(request.CategoryCode) ? null : request.CategoryCode.Trim();
        if (category is not null && AppealTaxonomy.Find(category) is not { Level: 3 })
            v.Add("categoryCode", "诉求分类不存在（应为三级分类的 6 位代码）", "duplicate.category-unknown");
        if (request.Latitude is null != request.Longitude is null
            || request.Latitude is { } lat && (double.IsNaN(lat) || lat is < -90 or > 90)
            || request.Longitude is { } lon && (double.IsNaN(lon) || lon is < -180 or > 180))
            v.Add("latitude", "经纬度须同时填写，纬度在 -90 到 90 之间，经度在 -180 到 180 之间", "duplicate.coordinates-invalid");
        if (request.Max is < 1 or > DuplicateFinder.MaxProposals)
            v.Add("max", $"建议条数应在 1 到 {DuplicateFinder.MaxProposals} 之间", "duplicate.max-invalid");
        v.ThrowIfInvalid("duplicate.invalid");
        if (!staff.CoversRegion(region))
            throw new ForbiddenException("auth.out-of-scope", "该区划不在您的受理范围内");
        var incoming = new MatterRecord(Guid.Empty, "", text, category, region, address.Length == 0 ? null : address,
            request.Latitude, request.Longitude, time.GetUtcNow());
        // A few more than asked: some may have been closed or merged since the index last heard of them.
        return finder.Propose(incoming, Math.Min(DuplicateFinder.MaxProposals, (request.Max ?? 5) + 5));
    }
}
