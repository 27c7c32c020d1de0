namespace OneStop.Platform.Security;

public static class OneStopClaims
{
    public const string AccountId = "onestop:account";
    public const string Department = "onestop:department";
    public const string Region = "onestop:region";
    public const string DisplayName = "onestop:display-name";
}
