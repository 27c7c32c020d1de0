using System.IO.Compression;

namespace OneStop.Platform.Files;

/// <summary>
/// The kind of a file from its first bytes (and, for OFD, its ZIP directory), never from its name or declared type:
/// an .exe renamed .pdf starts with "MZ" and is nothing we accept.
/// </summary>
internal static class FileSignatures
{
    public const int HeaderLength = 8;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The kind, or null when the content is none we accept. <paramref name="file"/> is the whole content, seekable.</summary>
    public static FileKind? Detect(ReadOnlySpan<byte> header, Stream file)
    {
        if (header.StartsWith(Pdf)) return FileKind.Pdf;
        if (header.StartsWith(Jpeg)) return FileKind.Jpeg;
        if (header.StartsWith(Png)) return FileKind.Png;
        if (header.StartsWith(Zip) && HasOfdRoot(file)) return FileKind.Ofd;
        return null;
    }

    /// <summary>An OFD package is a ZIP whose root holds OFD.xml, the document's entry point (GB/T 33190 §7.4).</summary>
    private static bool HasOfdRoot(Stream file)
    {
        try
        {
            file.Position = 0;
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            return zip.Entries.Any(e => e.FullName == "OFD.xml");
        }
        catch (InvalidDataException)
        {
            return false; // starts like a ZIP but is none
        }
    }
}
