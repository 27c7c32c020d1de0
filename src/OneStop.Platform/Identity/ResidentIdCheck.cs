using System.Diagnostics.CodeAnalysis;

namespace OneStop.Platform.Identity;

/// <summary>
/// Verdict on a resident ID number: on success the facts the number encodes, on failure a stable
/// <see cref="ErrorCode"/> (see the constants on <see cref="ResidentId"/>) and a message to show the user.
/// </summary>
public sealed record ResidentIdCheck
{
    [MemberNotNullWhen(true, nameof(Normalized), nameof(BirthDate), nameof(Gender), nameof(AreaCode), nameof(AreaName))]
    [MemberNotNullWhen(false, nameof(ErrorCode), nameof(ErrorMessage))]
    public bool IsValid => ErrorCode is null;

    /// <summary>18 characters, uppercase X; a first-generation 15-digit number comes back in its 18-digit form.</summary>
    public string? Normalized { get; init; }

    public DateOnly? BirthDate { get; init; }

    /// <summary>男 or 女, from the parity of the sequence number.</summary>
    public string? Gender { get; init; }

    /// <summary>
    /// The GB/T 2260 code of the address part; 810000/820000/830000 for residence permits; for a foreigner's
    /// permanent-residence ID the issuing province (XX0000).
    /// </summary>
    public string? AreaCode { get; init; }

    /// <summary>
    /// The area's name in the holder's birth year (or, for a code created later, its first name), which may differ
    /// from today's.
    /// </summary>
    public string? AreaName { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    internal static ResidentIdCheck Fail(string code, string message) => new() { ErrorCode = code, ErrorMessage = message };
}
