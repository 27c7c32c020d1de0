using OneStop.Platform.Documents;

namespace OneStop.Tests.Documents;

public sealed class WrapDocumentLinesTests
{
    [Fact]
    public void Chinese_breaks_between_characters_and_Latin_only_at_spaces()
    {
        using var font = new DocumentFont(DocumentFonts.Whole, 10);
        var chinese = LineWrapper.Wrap(new string('办', 30), font, 100);
        Assert.Equal(3, chinese.Count); // 10 em-wide characters fit in 100 points
        Assert.Equal(new string('办', 30), string.Concat(chinese));

        const string latin = "Unified social credit code 91440101MA5ABCDE1X";
        var lines = LineWrapper.Wrap(latin, font, 120);
        Assert.True(lines.Count > 1);
        Assert.All(latin.Split(' '), word => Assert.Contains(lines, l => l.Split(' ').Contains(word)));
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line()
    {
        using var font = new DocumentFont(DocumentFonts.Whole, 10);
        var lines = LineWrapper.Wrap(new string('材', 10) + "，" + new string('料', 5), font, 100);
        Assert.All(lines, l => Assert.False(l.StartsWith('，')));
    }

    [Fact]
    public void Only_the_first_line_of_a_paragraph_is_indented_two_characters()
    {
        using var font = new DocumentFont(DocumentFonts.Whole, 10);
        var lines = LineWrapper.Wrap(new string('办', 25) + "\n" + new string('理', 12), font, 100, firstLineIndent: 20);

        // 8 characters on each paragraph's first line (80 of 100 points), 10 on the others.
        Assert.Equal([8, 10, 7, 8, 4], lines.Select(l => l.Length));
    }
}
