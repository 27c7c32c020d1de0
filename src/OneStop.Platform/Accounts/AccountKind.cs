namespace OneStop.Platform.Accounts;

internal enum AccountKind
{
    Staff,
    Citizen,
    Enterprise,
}
