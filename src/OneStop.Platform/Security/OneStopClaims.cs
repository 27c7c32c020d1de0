namespace OneStop.Platform.Security;

internal static class OneStopClaims
{
    public const string AccountId = "onestop:account";
    public const string Department = "onestop:department";
    public const string Region = "onestop:region";
    public const string DisplayName = "onestop:display-name";

    /// <summary>The account's security stamp when the session or token was issued (see <see cref="SessionValidation"/>).</summary>
    public const string SecurityStamp = "onestop:stamp";
}
