using OneStop.Platform.Regions;

namespace OneStop.Platform.Identity;

/// <summary>Reads the address part of a resident ID number (first six characters) against the code history.</summary>
internal static class ResidentIdArea
{
    // Residence permits for residents of Hong Kong, Macao and Taiwan (2018) use these fixed codes; 830000 is not a
    // GB/T 2260 division, so the history cannot vouch for them.
    private static readonly Dictionary<string, string> PermitAreas = new()
    {
        ["810000"] = "香港特别行政区",
        ["820000"] = "澳门特别行政区",
        ["830000"] = "台湾地区",
    };

    /// <summary>
    /// The area's code and name, or null when the address code was retired before the birth year or never existed.
    /// A code created after the birth year is accepted: a number is assigned at birth registration or later (for
    /// everyone born before 1984, later), with the code in force then, so 330102 上城区 (listed from 1983) is right
    /// for someone born there in 1920. The name is the one of the birth year, or the code's first name after it.
    /// </summary>
    public static (string Code, string Name)? Resolve(string id, int birthYear)
    {
        if (id.Length == 18 && PermitAreas.TryGetValue(id[..6], out var permitArea))
        {
            return (id[..6], permitArea);
        }
        // Foreigners' permanent-residence IDs (2023) start with 9, then the issuing province; no division starts with 9.
        if (id.Length == 18 && id[0] == '9')
        {
            var province = id[1..3] + "0000";
            return AdministrativeDivisions.TryGetInForce(province, out var entry) ? (province, entry.Name) : null;
        }
        var code = id[..6];
        return AdministrativeDivisions.NameOnOrAfter(code, birthYear) is { } name ? (code, name) : null;
    }
}
