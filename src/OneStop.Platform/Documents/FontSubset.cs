using System.Runtime.InteropServices;

namespace OneStop.Platform.Documents;

/// <summary>
/// Cuts an embedded TrueType font down to the characters one document prints, with HarfBuzz's subsetter (hb-subset,
/// shipped inside HarfBuzzSharp's native library). SkiaSharp's PDF backend is built without a subsetter and embeds
/// every font it is given whole: Droid Sans Fallback alone made a one-page notice 2 MB (ADR 0014). Given a subset of a few
/// hundred glyphs it embeds a few dozen KB, and keeps the ToUnicode map, so pdftotext still reads the text.
/// </summary>
internal sealed class FontSubset : IDisposable
{
    private const string HarfBuzz = "libHarfBuzzSharp";
    private readonly IntPtr _face;

    public FontSubset(byte[] font)
    {
        // DUPLICATE (0): HarfBuzz copies the bytes, so nothing managed has to stay pinned.
        var blob = hb_blob_create(font, (uint)font.Length, 0, IntPtr.Zero, IntPtr.Zero);
        _face = hb_face_create(blob, 0);
        hb_blob_destroy(blob);
    }

    /// <summary>The font with only <paramref name="codepoints"/> (and what their shaping needs), or null if HarfBuzz refuses.</summary>
    public byte[]? Keep(IEnumerable<int> codepoints)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) return null;
        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var c in codepoints) hb_set_add(unicodes, (uint)c);
            var subset = hb_subset_or_fail(_face, input);
            if (subset == IntPtr.Zero) return null;
            var blob = hb_face_reference_blob(subset);
            try
            {
                var data = hb_blob_get_data(blob, out var length);
                if (data == IntPtr.Zero || length == 0) return null;
                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                return bytes;
            }
            finally
            {
                hb_blob_destroy(blob);
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    public void Dispose() => hb_face_destroy(_face);

    [DllImport(HarfBuzz)] private static extern IntPtr hb_blob_create(byte[] data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [DllImport(HarfBuzz)] private static extern void hb_blob_destroy(IntPtr blob);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_face_create(IntPtr blob, uint index);
    [DllImport(HarfBuzz)] private static extern void hb_face_destroy(IntPtr face);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_face_reference_blob(IntPtr face);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_subset_input_create_or_fail();
    [DllImport(HarfBuzz)] private static extern void hb_subset_input_destroy(IntPtr input);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);
    [DllImport(HarfBuzz)] private static extern void hb_set_add(IntPtr set, uint codepoint);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);
}
