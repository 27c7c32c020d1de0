using OneStop.Platform.Accounts;
using OneStop.Platform.Errors;

namespace OneStop.Tests.Unit;

public sealed class AccountLockoutTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 1, 0, 0, DateTimeKind.Utc);

    private static Account Staff() => new() { UserName = "u", DisplayName = "U", Kind = AccountKind.Staff };

    [Fact]
    public void Four_failures_do_not_lock_the_fifth_does_for_fifteen_minutes()
    {
        var a = Staff();
        for (var i = 0; i < 4; i++) a.RecordFailedSignIn(Now);
        Assert.False(a.IsLockedAt(Now));
        a.RecordFailedSignIn(Now);
        Assert.True(a.IsLockedAt(Now.AddMinutes(14)));
        Assert.False(a.IsLockedAt(Now.AddMinutes(15)));
    }

    [Fact]
    public void A_successful_sign_in_forgets_earlier_failures()
    {
        var a = Staff();
        for (var i = 0; i < 4; i++) a.RecordFailedSignIn(Now);
        a.RecordSuccessfulSignIn();
        a.RecordFailedSignIn(Now);
        Assert.False(a.IsLockedAt(Now));
    }

    [Fact]
    public void Staff_roles_must_be_known_staff_roles()
    {
        Assert.Throws<RequestValidationException>(() => Staff().GrantRoles(["Citizen"]));
        Assert.Throws<RequestValidationException>(() => Staff().GrantRoles(["Janitor"]));
        Assert.Throws<RequestValidationException>(() => Staff().GrantRoles([]));
        var a = Staff();
        a.GrantRoles(["Approver", "Approver"]);
        Assert.Equal(["Approver"], a.Roles);
    }
}
