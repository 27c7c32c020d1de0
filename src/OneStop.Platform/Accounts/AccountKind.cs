namespace OneStop.Platform.Accounts;

public enum AccountKind
{
    Staff,
    Citizen,
    Enterprise,
}
