using OneStop.Platform.Accounts;
using OneStop.Platform.Errors;

namespace OneStop.Tests.Unit;

/// <summary>
/// The account's own rules. Counting failed sign-ins and the lock are applied by one conditional UPDATE in the
/// database (<see cref="Lockout"/>), so they are tested over HTTP on both databases (LockoutTests).
/// </summary>
public sealed class AccountLockoutTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 1, 0, 0, DateTimeKind.Utc);

    private static Account Staff()
    {
        var a = new Account { UserName = "u", DisplayName = "U", Kind = AccountKind.Staff };
        a.GrantRoles(["Approver"]);
        return a;
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

    [Fact]
    public void Disabling_changing_roles_or_resetting_the_password_ends_every_session()
    {
        var a = Staff();
        var stamp = a.SecurityStamp;
        a.Disable();
        Assert.NotEqual(stamp, stamp = a.SecurityStamp);
        a.GrantRoles(["Supervisor"]);
        Assert.NotEqual(stamp, stamp = a.SecurityStamp);
        a.ResetPassword("hash");
        Assert.NotEqual(stamp, stamp = a.SecurityStamp);
        a.SetPassword("hash2");
        Assert.NotEqual(stamp, a.SecurityStamp);
    }

    [Fact]
    public void Granting_the_same_roles_again_keeps_sessions()
    {
        var a = Staff();
        var stamp = a.SecurityStamp;
        a.GrantRoles(["Approver"]);
        Assert.Equal(stamp, a.SecurityStamp);
    }

    [Fact]
    public void A_reset_password_must_be_changed_and_the_users_own_change_clears_that()
    {
        var a = Staff();
        a.ResetPassword("temporary");
        Assert.True(a.MustChangePassword);
        a.SetPassword("own");
        Assert.False(a.MustChangePassword);
        Assert.False(a.IsLockedAt(Now));
    }
}
