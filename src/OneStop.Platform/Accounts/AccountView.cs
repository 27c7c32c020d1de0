namespace OneStop.Platform.Accounts;

/// <summary>What staff and owners see of an account; never the password hash, and the ID number masked.</summary>
internal sealed record AccountView(long Id, string UserName, string DisplayName, string Kind, IReadOnlyList<string> Roles,
    long? DepartmentId, string? RegionCode, string? ResidentId, string? CreditCode, string? Phone, bool IsLocked,
    bool IsDisabled, string? Address = null, string? LegalRepresentative = null)
{
    public static AccountView Of(Account a, DateTime now) => new(a.Id, Mask(a.UserName, a), a.DisplayName,
        a.Kind.ToString(), SignIn.RolesOf(a), a.DepartmentId, a.RegionCode, MaskId(a.ResidentId), a.CreditCode,
        MaskPhone(a.Phone), a.IsLockedAt(now), a.IsDisabled, a.Address, a.LegalRepresentative);

    /// <summary>Resident IDs are personal information (个人信息保护法): show birth year region only.</summary>
    public static string? MaskId(string? id) => Privacy.PersonalData.MaskResidentId(id);

    private static string? MaskPhone(string? phone) => Privacy.PersonalData.MaskPhone(phone);

    private static string Mask(string userName, Account a) => a.Kind == AccountKind.Citizen ? MaskId(userName)! : userName;
}
