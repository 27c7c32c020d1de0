namespace OneStop.Platform.Accounts;

/// <summary>自然人 or 法人: who applies. Show <see cref="ApplicantProfile.KindLabel"/>, not the name.</summary>
public enum ApplicantKind
{
    Citizen,
    Enterprise,
}
