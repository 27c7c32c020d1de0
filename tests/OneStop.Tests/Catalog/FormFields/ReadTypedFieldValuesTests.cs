using OneStop.Catalog.Items;

namespace OneStop.Tests.Catalog.FormFields;

/// <summary>What an applicant types into a typed form field, as a Chinese phone keyboard produces it.</summary>
public sealed class ReadTypedFieldValuesTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly string[] ApplyTypes = ["首次申领", "到期换领", "遗失补领"];

    private static FieldValue Read(FormFieldKind kind, string text) => FormFieldValues.Read(kind, ApplyTypes, text, Today);

    [Theory]
    [InlineData("60", "60")]
    [InlineData(" ６０ ", "60")]          // full-width digits of a Chinese input method
    [InlineData("12.5", "12.5")]
    [InlineData("１２．５", "12.5")]
    [InlineData("1,200", "1200")]
    [InlineData("12.50", "12.5")]
    [InlineData("-0", "0")]
    [InlineData("+5", "5")]
    public void A_number_typed_in_any_width_is_stored_as_plain_digits(string typed, string stored) =>
        Assert.Equal(stored, Read(FormFieldKind.Number, typed).Value);

    [Theory]
    [InlineData("六十平方")]
    [InlineData("60平方米")]
    [InlineData("1e6")]
    [InlineData("99999999999999")]
    [InlineData("1,5")]              // a decimal comma, not thousands: refused rather than read as 15
    [InlineData("12，5")]
    [InlineData("10²")]              // NFKC would make these 102 and 12
    [InlineData("①②")]
    [InlineData("٦٠")]               // Arabic-Indic digits
    [InlineData("0.0000001")]        // more decimals than any form needs: would round away
    public void A_number_field_refuses_words_units_and_absurd_sizes(string typed)
    {
        var read = Read(FormFieldKind.Number, typed);
        Assert.False(read.IsValid);
        Assert.Equal("须填写阿拉伯数字（如 60 或 12.5，最多 6 位小数）", read.Error);
    }

    [Theory]
    [InlineData("2026-12-02")]
    [InlineData("2026/12/2")]
    [InlineData("2026年12月2日")]
    [InlineData("２０２６-１２-０２")]
    public void A_date_in_the_usual_forms_is_stored_as_an_iso_date(string typed) =>
        Assert.Equal("2026-12-02", Read(FormFieldKind.Date, typed).Value);

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("明天")]
    [InlineData("1899-12-31")]
    public void A_date_that_is_no_day_is_refused(string typed) =>
        Assert.Equal("须填写日期（如 2026-12-02）", Read(FormFieldKind.Date, typed).Error);

    [Fact]
    public void A_choice_takes_one_of_its_options_and_names_them_when_refused()
    {
        Assert.Equal("到期换领", Read(FormFieldKind.Choice, " 到期换领 ").Value);
        Assert.Equal("A类", FormFieldValues.Read(FormFieldKind.Choice, ["A类", "B类"], "Ａ类", Today).Value);
        Assert.Equal("须从以下选项中选择：首次申领、到期换领、遗失补领", Read(FormFieldKind.Choice, "首次").Error);
    }

    [Theory]
    [InlineData("13800138000")]
    [InlineData("020-83881234")]
    [InlineData("(020) 8388 1234-801")]
    [InlineData("+86 138 0013 8000")]
    [InlineData("４００８８８１２３４")]
    [InlineData("020-83881234转801")]
    public void A_phone_number_is_taken_with_its_usual_separators(string typed) =>
        Assert.True(Read(FormFieldKind.Phone, typed).IsValid);

    [Theory]
    [InlineData("电话abc")]
    [InlineData("12345")]
    [InlineData("138-0013-8000-1234-5678")]
    [InlineData("١٣٨٠٠١٣٨٠٠٠")]
    public void Something_that_cannot_be_dialled_is_no_phone_number(string typed) =>
        Assert.False(Read(FormFieldKind.Phone, typed).IsValid);

    [Fact]
    public void A_resident_id_is_checked_by_its_check_digit_and_stored_in_capitals()
    {
        Assert.Equal("440106199003071231", Read(FormFieldKind.ResidentId, "440106 19900307 1231").Value);
        Assert.Equal("校验码错误，请核对号码", Read(FormFieldKind.ResidentId, "440106199003071232").Error);
    }

    [Fact]
    public void A_text_field_keeps_chinese_punctuation_and_loses_only_surrounding_spaces() =>
        Assert.Equal("天河示范小店（更正）１号", Read(FormFieldKind.Text, "  天河示范小店（更正）１号 ").Value);
}
