using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Intake;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Hotline.PublicIntake;

/// <summary>
/// 网上诉求登记: the public form's submission. The fields are checked first (a typing mistake never costs a code
/// attempt), then the phone code is used up and the request registered in one transaction through the same
/// <see cref="RegisterIntake"/> every channel uses (channel 网站, phone verified). Anonymous requests need no code
/// but cannot be looked up later.
/// </summary>
public sealed class SubmitPublicRequest(HotlineDbContext db, PhoneCodes codes, RegisterIntake intake, PublicRegions regions,
    ICurrentUser user)
{
    public static readonly TicketActor Public = new(null, "网上诉求", "公众");

    public async Task<PublicRequestResult> RunAsync(PublicRequestBody body, CancellationToken ct)
    {
        var intakeBody = body.ToIntake();
        IntakeInput.Check(intakeBody);
        var phone = body.Anonymous ? null : PhoneCodes.Mobile(body.Phone);
        if (!regions.Covers(body.RegionCode!.Trim()))
            throw RequestValidationException.For("regionCode", "请选择本市范围内的诉求发生地", "hotline.region-outside-city");
        // A signed-in citizen's request is linked to their account (their own records); staff posting here are not.
        var account = user.IsAuthenticated && (user.Roles.Contains(Role.Citizen) || user.Roles.Contains(Role.Enterprise)) ? user.AccountId : null;
        var source = new IntakeSource(IntakeChannel.Web, Public, PhoneVerified: phone is not null, AccountId: account,
            RegionAllowed: regions.Covers);
        IntakeResult result;
        if (phone is null)
        {
            result = await intake.RunAsync(intakeBody, source, ct);
        }
        else
        {
            var issued = await codes.CheckAsync(phone, body.Code, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await codes.UseUpAsync(phone, issued, ct);
            result = await intake.RunAsync(intakeBody with { Phone = phone }, source, ct);
            await transaction.CommitAsync(ct);
        }
        var acknowledgment = phone is not null ? result.Acknowledgment
            : $"您的诉求已受理，编号 {result.RequestNumber}。匿名诉求不留联系方式，无法查询办理进度，也不会收到回访。";
        return new PublicRequestResult(result.RequestNumber, result.StateName, acknowledgment, phone is not null, result.EmergencyService);
    }
}
