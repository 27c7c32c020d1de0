using OneStop.Platform.Errors;

namespace OneStop.Tests.Unit;

/// <summary>
/// Text typed into any form: invisible characters pasted with it are dropped, and direction overrides (which make a
/// name read otherwise than it is stored) are refused by the field's name. Found by an attack pass on the case forms.
/// </summary>
public sealed class InvisibleCharactersInTextTests
{
    [Theory]
    [InlineData("天河\u200B示范小店", "天河示范小店")]
    [InlineData("\uFEFF天河示范小店", "天河示范小店")]
    [InlineData("天河\u2060示范小店\u200B", "天河示范小店")]
    public void Invisible_characters_pasted_with_a_name_are_dropped(string typed, string stored)
    {
        var v = new Validator();
        Assert.Equal(stored, v.Text("shopName", typed, 100));
        Assert.True(v.IsValid);
    }

    [Theory]
    [InlineData("天河\u202E店小范示")]
    [InlineData("abc\u2066def\u2069")]
    public void A_direction_override_is_refused_by_the_fields_name(string typed)
    {
        var v = new Validator();
        v.Text("shopName", typed, 100);

        var e = Assert.Throws<RequestValidationException>(() => v.ThrowIfInvalid());
        Assert.Equal("input.direction-control", e.Code);
        Assert.Equal(["不能包含改变文字方向的控制字符"], e.Errors["shopName"]);
    }
}
