using System.IO.Compression;
using System.Security.Cryptography;
using OneStop.Platform.Errors;
using OneStop.Platform.Files;

namespace OneStop.Tests.Files;

/// <summary>The file store an applicant's uploads go to, on a directory of its own per test.</summary>
public sealed class FileStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "onestop-tests-files", Guid.NewGuid().ToString("N"));
    private readonly FileStore _store;

    public FileStoreTests() => _store = new FileStore(new FileStoreSettings(_directory));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (DirectoryNotFoundException) { }
    }

    internal static byte[] PdfBytes(string text = "申请书") =>
        [.. "%PDF-1.7\n"u8.ToArray(), .. System.Text.Encoding.UTF8.GetBytes(text), .. "\n%%EOF\n"u8.ToArray()];

    private static byte[] JpegBytes() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 0xFF, 0xD9];

    private static byte[] PngBytes() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

    private static byte[] ZipWith(params string[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>");
            }
        return memory.ToArray();
    }

    private Task<StoredFile> SaveAsync(byte[] bytes, long max = FileLimits.DefaultMaxFileBytes) =>
        _store.SaveAsync(new MemoryStream(bytes), max, Ct);

    private int FilesUnderHashNames() => Directory.Exists(_directory)
        ? Directory.GetFiles(_directory, "*", SearchOption.AllDirectories).Count(f => FileStore.IsHash(Path.GetFileName(f)))
        : 0;

    private int AllFiles() => Directory.Exists(_directory) ? Directory.GetFiles(_directory, "*", SearchOption.AllDirectories).Length : 0;

    public static TheoryData<string, FileKind, string> AcceptedKinds => new()
    {
        { "pdf", FileKind.Pdf, "application/pdf" },
        { "jpeg", FileKind.Jpeg, "image/jpeg" },
        { "png", FileKind.Png, "image/png" },
        { "ofd", FileKind.Ofd, "application/ofd" },
    };

    [Theory]
    [MemberData(nameof(AcceptedKinds))]
    public async Task An_applicant_uploads_each_accepted_kind_and_gets_it_back_byte_for_byte(string sample, FileKind kind, string contentType)
    {
        var bytes = sample switch
        {
            "pdf" => PdfBytes(), "jpeg" => JpegBytes(), "png" => PngBytes(), _ => ZipWith("OFD.xml", "Doc_0/Document.xml"),
        };
        var stored = await SaveAsync(bytes);

        Assert.Equal(kind, stored.Kind);
        Assert.Equal(contentType, stored.ContentType);
        Assert.Equal(bytes.Length, stored.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stored.Sha256);
        Assert.True(_store.Exists(stored.Sha256));
        Assert.True(File.Exists(Path.Combine(_directory, stored.Sha256[..2], stored.Sha256[2..4], stored.Sha256)));
        await using var opened = _store.Open(stored.Sha256);
        Assert.NotNull(opened);
        using var copy = new MemoryStream();
        await opened.CopyToAsync(copy, Ct);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public void Kinds_are_labelled_in_chinese()
    {
        Assert.Equal("PDF", new StoredFile(new string('a', 64), 1, FileKind.Pdf).KindLabel);
        Assert.Equal("JPEG 图片", new StoredFile(new string('a', 64), 1, FileKind.Jpeg).KindLabel);
        Assert.Equal("PNG 图片", new StoredFile(new string('a', 64), 1, FileKind.Png).KindLabel);
        Assert.Equal("OFD 版式文件", new StoredFile(new string('a', 64), 1, FileKind.Ofd).KindLabel);
    }

    [Fact]
    public async Task The_same_material_uploaded_twice_is_stored_once()
    {
        var first = await SaveAsync(PdfBytes());
        var second = await SaveAsync(PdfBytes());
        var other = await SaveAsync(PdfBytes("另一份"));

        Assert.Equal(first, second);
        Assert.NotEqual(first.Sha256, other.Sha256);
        Assert.Equal(2, AllFiles()); // no temporary file left either
    }

    [Fact]
    public async Task Concurrent_uploads_of_the_same_material_all_succeed_with_one_file()
    {
        var bytes = PdfBytes(new string('材', 200_000));
        var results = new System.Collections.Concurrent.ConcurrentBag<StoredFile>();
        await Parallel.ForAsync(0, 16, Ct, async (_, ct) =>
            results.Add(await _store.SaveAsync(new MemoryStream(bytes), FileLimits.DefaultMaxFileBytes, ct)));

        Assert.Equal(16, results.Count);
        Assert.Single(results.Distinct());
        Assert.Equal(1, AllFiles());
        await using var opened = _store.Open(results.First().Sha256);
        Assert.Equal(bytes.Length, opened!.Length);
    }

    public static TheoryData<string> RefusedContents => ["exe", "zip-without-ofd", "ofd-not-at-root", "html", "broken-zip", "text"];

    [Theory]
    [MemberData(nameof(RefusedContents))]
    public async Task A_file_of_another_kind_is_refused_whatever_its_name_and_nothing_is_stored(string sample)
    {
        byte[] bytes = sample switch
        {
            // an .exe renamed 申请书.pdf: the name never reaches the store, the MZ header does
            "exe" => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF],
            "zip-without-ofd" => ZipWith("word/document.xml"),
            "ofd-not-at-root" => ZipWith("Doc_0/OFD.xml"),
            "html" => "<!DOCTYPE html><html><body>%PDF-</body></html>"u8.ToArray(),
            "broken-zip" => [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6],
            _ => "身份证复印件"u8.ToArray(),
        };
        var refusal = await Assert.ThrowsAsync<DomainException>(() => SaveAsync(bytes));

        Assert.Equal(415, refusal.Status);
        Assert.Equal("file.type-not-allowed", refusal.Code);
        Assert.Equal("只能上传 PDF、JPEG、PNG 或 OFD 文件", refusal.Title);
        Assert.Equal(0, AllFiles());
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() => SaveAsync([]));
        Assert.Equal((400, "file.empty", "文件为空"), (refusal.Status, refusal.Code, refusal.Title));
        Assert.Equal(0, AllFiles());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_without_leaving_a_file()
    {
        var bytes = PdfBytes(new string('页', 1024 * 1024)); // about 3 MB
        var refusal = await Assert.ThrowsAsync<DomainException>(() => SaveAsync(bytes, 2 * 1024 * 1024));

        Assert.Equal((413, "file.too-large"), (refusal.Status, refusal.Code));
        Assert.Equal("文件超过大小限制（最大 2 MB）", refusal.Title);
        Assert.Equal(0, AllFiles());
        Assert.Equal(PdfBytes().Length, (await SaveAsync(PdfBytes(), PdfBytes().Length)).Size); // exactly the limit is fine
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")] // upper case is not our name
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde")] // 63 characters
    public async Task Opening_anything_but_a_stored_hash_finds_nothing(string name)
    {
        await SaveAsync(PdfBytes());
        Assert.Null(_store.Open(name));
        Assert.False(_store.Exists(name));
    }

    [Fact]
    public void Opening_an_absent_hash_finds_nothing()
    {
        var absent = Convert.ToHexStringLower(SHA256.HashData("从未上传"u8));
        Assert.Null(_store.Open(absent));
        Assert.False(_store.Exists(absent));
    }

    /// <summary>An upload whose connection drops after the first part: the reader throws as Kestrel's would.</summary>
    private sealed class DroppedUpload(byte[] firstPart) : MemoryStream(firstPart)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            var read = await base.ReadAsync(buffer, ct);
            return read > 0 ? read : throw new IOException("connection reset");
        }
    }

    [Fact]
    public async Task An_upload_interrupted_midway_leaves_no_file_behind()
    {
        await Assert.ThrowsAsync<IOException>(() => _store.SaveAsync(new DroppedUpload(PdfBytes()), FileLimits.DefaultMaxFileBytes, Ct));
        Assert.Equal(0, AllFiles());
    }

    [Fact]
    public async Task A_stray_temporary_file_from_a_crash_is_never_found_under_a_hash()
    {
        // What kill -9 between write and rename leaves: a partial file under the incoming prefix, which Open never names.
        Directory.CreateDirectory(_directory);
        await File.WriteAllBytesAsync(Path.Combine(_directory, ".incoming-" + Guid.NewGuid().ToString("N")), PdfBytes()[..4], Ct);
        var stored = await SaveAsync(PdfBytes());

        Assert.Equal(1, FilesUnderHashNames());
        Assert.Equal(PdfBytes().Length, new FileInfo(Path.Combine(_directory, stored.Sha256[..2], stored.Sha256[2..4], stored.Sha256)).Length);
    }
}
