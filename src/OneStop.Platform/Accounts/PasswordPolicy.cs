using OneStop.Platform.Errors;

namespace OneStop.Platform.Accounts;

internal static class PasswordPolicy
{
    public static string Check(Validator v, string field, string? password)
    {
        var p = password ?? "";
        if (p.Length is < 8 or > 64) v.Add(field, "密码长度须为 8 至 64 位", "account.weak-password");
        else if (!p.Any(char.IsLetter) || !p.Any(char.IsDigit)) v.Add(field, "密码须同时包含字母和数字", "account.weak-password");
        return p;
    }
}
