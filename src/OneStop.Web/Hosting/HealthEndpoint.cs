using OneStop.Platform.Persistence;

namespace OneStop.Web.Hosting;

internal static class HealthEndpoint
{
    /// <summary>200 only when the database answers: a load balancer should not route to a host that cannot work.</summary>
    public static async Task<IResult> CheckAsync(PlatformDbContext db, DatabaseSettings settings, CancellationToken ct)
    {
        var ok = await db.Database.CanConnectAsync(ct);
        var body = new { status = ok ? "healthy" : "unhealthy", database = settings.Provider.ToString() };
        return ok ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
