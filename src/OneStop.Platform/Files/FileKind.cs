namespace OneStop.Platform.Files;

/// <summary>The kinds of file an applicant may upload, recognised by their content (<see cref="FileSignatures"/>).</summary>
public enum FileKind
{
    Pdf,
    Jpeg,
    Png,
    /// <summary>OFD 版式文件 (GB/T 33190), the format of Chinese electronic licences and invoices.</summary>
    Ofd,
}
