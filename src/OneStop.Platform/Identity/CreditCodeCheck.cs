using System.Diagnostics.CodeAnalysis;

namespace OneStop.Platform.Identity;

/// <summary>Verdict on a unified social credit code; error codes are the constants on <see cref="CreditCode"/>.</summary>
public sealed record CreditCodeCheck
{
    [MemberNotNullWhen(true, nameof(Normalized))]
    [MemberNotNullWhen(false, nameof(ErrorCode), nameof(ErrorMessage))]
    public bool IsValid => ErrorCode is null;

    /// <summary>18 characters, spaces removed, uppercase.</summary>
    public string? Normalized { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    internal static CreditCodeCheck Fail(string code, string message) => new() { ErrorCode = code, ErrorMessage = message };
}
