using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Tickets.Intake;

/// <summary>The agent console's 受理登记 (phone calls, and messages the agent types in for another channel).</summary>
public static class IntakeEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/hotline/requests", async (IntakeBody body, RegisterIntake intake, TicketWork work, CancellationToken ct) =>
            {
                var staff = work.Scope.Staff(Role.HotlineAgent, Role.HotlineDispatcher, Role.SystemAdmin);
                var actor = await work.ActorAsync(work.Scope.Holds(Role.HotlineAgent) ? Role.HotlineAgent : Role.HotlineDispatcher, ct);
                var result = await intake.RunAsync(body, new IntakeSource(body.Channel ?? IntakeChannel.Phone, actor,
                    RegionAllowed: staff.CoversRegion), ct);
                return TypedResults.Created($"/api/hotline/tickets/{result.TicketId}", result);
            })
            .WithName("RegisterHotlineRequest").WithSummary("坐席受理登记诉求（可并单、直接办结或紧急移交）")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
