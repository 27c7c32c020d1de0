using System.Runtime.CompilerServices;

namespace OneStop.Tests;

/// <summary>
/// Locates the shared, read-only reference data (e.g. holidays-cn) used as an oracle by tests. The product never
/// reads it; tests skip when it is absent so the suite still runs on a bare checkout.
/// </summary>
public static class SharedData
{
    private const string Variable = "ONESTOP_SHARED_DATA";

    /// <summary>The shared data directory, or null when it cannot be found.</summary>
    public static string? Root { get; } = Locate();

    /// <summary>The shared data directory; skips the calling test when it is absent.</summary>
    public static string RequireRoot()
    {
        if (Root is null)
        {
            Assert.Skip($"{Variable} not found (set it, or place the data at ../shared/data next to the repository): skipped");
        }
        return Root;
    }

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var path = Path.GetFullPath(configured);
            return Directory.Exists(path) ? path : null;
        }
        // The build output normally sits inside the repository; the source path helps when it does not.
        var repository = FindRepositoryRoot(AppContext.BaseDirectory)
            ?? FindRepositoryRoot(Directory.GetCurrentDirectory())
            ?? FindRepositoryRoot(SourceDirectory());
        if (repository is null)
        {
            return null;
        }
        var beside = Path.GetFullPath(Path.Combine(repository, "..", "shared", "data"));
        return Directory.Exists(beside) ? beside : null;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "";

    private static string? FindRepositoryRoot(string start)
    {
        if (start.Length == 0)
        {
            return null;
        }
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OneStop.slnx")))
            {
                return directory.FullName;
            }
        }
        return null;
    }
}
