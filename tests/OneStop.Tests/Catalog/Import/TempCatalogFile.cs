namespace OneStop.Tests.Catalog.Import;

/// <summary>A catalog file written for one test and deleted after it.</summary>
internal sealed class TempCatalogFile : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("onestop-import-").FullName;

    public TempCatalogFile(string name, string content)
    {
        Path = System.IO.Path.Combine(directory, name);
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
