namespace OneStop.Cli;

/// <summary>
/// Reads a password: typed at a terminal without echo (twice, to catch typos), or the first line of a pipe
/// (`printf '%s\n' "$PW" | onestop admin create ...`) for scripted installs.
/// </summary>
public static class PasswordInput
{
    public static async Task<string?> ReadAsync(TextReader stdin, TextWriter prompt)
    {
        if (!ReferenceEquals(stdin, Console.In) || Console.IsInputRedirected) return await stdin.ReadLineAsync();
        await prompt.WriteAsync("请输入密码（8 位以上，含字母和数字）：");
        var first = ReadHidden();
        await prompt.WriteAsync("请再次输入密码：");
        var second = ReadHidden();
        if (first != second) throw Platform.Errors.RequestValidationException.For("password", "两次输入的密码不一致", "account.password-mismatch");
        return first;
    }

    private static string ReadHidden()
    {
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; continue; }
            if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
        Console.WriteLine();
        return text.ToString();
    }
}
