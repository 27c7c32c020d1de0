using System.ComponentModel;
using System.Diagnostics;

namespace OneStop.Tests.Catalog.Notices;

/// <summary>
/// Reads PDFs the way a user's viewer does (poppler-utils), so tests check what is printed, not what we meant to
/// print. Skips locally without poppler; CI must have it (./test.sh installs poppler-utils).
/// </summary>
public sealed class Poppler : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("onestop-notice-").FullName;

    public string Save(byte[] pdf, string name = "notice.pdf")
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    public string Text(string pdf, int? page = null) =>
        Run("pdftotext", page is { } p ? ["-layout", "-f", $"{p}", "-l", $"{p}", pdf, "-"] : ["-layout", pdf, "-"]);

    public string Info(string pdf) => Run("pdfinfo", [pdf]);

    public int Pages(string pdf) =>
        int.Parse(Info(pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim());

    /// <summary>Page one as a PNG at 50 dpi, as `pdftoppm -png -r 50 -f 1 -l 1` writes it.</summary>
    public string FirstPagePng(string pdf)
    {
        var prefix = Path.Combine(_dir, Path.GetFileNameWithoutExtension(pdf));
        Run("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", pdf, prefix]);
        return Directory.GetFiles(_dir, Path.GetFileName(prefix) + "*.png").Single();
    }

    private static string Run(string tool, string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try { process = Process.Start(start)!; }
        catch (Win32Exception) { return Missing(tool); }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {stderr}");
            return stdout.Result;
        }
    }

    private static string Missing(string tool)
    {
        if (Environment.GetEnvironmentVariable("CI") is "true" or "1")
            throw new InvalidOperationException($"CI must check the printed notices: {tool} (poppler-utils) is not installed.");
        Assert.Skip($"PDF rendering checks skipped: {tool} is not installed (apt-get install poppler-utils).");
        return "";
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
