using OneStop.Platform.Accounts;
using OneStop.Platform.Privacy;

namespace OneStop.Tests.Unit;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("账号 440106198511124569", "账号 440106********4569")]
    [InlineData("44010619900101123X 登录", "440106********123X 登录")]
    [InlineData("/api?id=440106198511124569&phone=13912345678", "/api?id=440106********4569&phone=139****5678")]
    [InlineData("电话13912345678。", "电话139****5678。")]
    [InlineData("联系 139-0013-9000 或 139 0013 9000", "联系 139-****-9000 或 139 **** 9000")]
    [InlineData("+86 13900139000；8613900139000", "+86 139****9000；86139****9000")]
    [InlineData("手机１３９００１３９０００", "手机１３９****９０００")]
    [InlineData("身份证４４０１０６１９８５１１１２４５６９", "身份证４４０１０６********４５６９")]
    // Found by an attack pass: IDs glued to letters, grouped, with a full-width Ｘ; phones grouped 4-3-4 or with dots.
    [InlineData("zhangsan440106199003071231.pdf", "zhangsan440106********1231.pdf")]
    [InlineData("ID440106199003071231；sfz44010619900101123x", "ID440106********1231；sfz440106********123x")]
    [InlineData("４４０１０６１９９００１０１１２３Ｘ", "４４０１０６********１２３Ｘ")]
    [InlineData("身份证440106 19900307 1231", "身份证440106 ******** 1231")]
    [InlineData("4401-0619-9003-0712-31", "4401-06**-****-**12-31")]
    [InlineData("电话138.0013.8000 或 1380 013 8000 或 (138)00138000", "电话138.****.8000 或 138* *** 8000 或 (138)****8000")]
    [InlineData("13912345678 440106198511124569", "139****5678 440106********4569")]
    public void Ids_and_mobile_numbers_in_free_text_are_masked(string text, string masked) =>
        Assert.Equal(masked, PersonalData.MaskText(text));

    [Theory]
    [InlineData("91440106MA5CXXXX0G")]        // credit codes are public registration data
    [InlineData("4401061985111245691234")]    // a longer number is not an ID
    [InlineData("事项 11440100MB2C92817J4440106001000")]
    [InlineData("订单 139123456789")]          // 12 digits: not a mobile number
    [InlineData("办件编号 440106-20261201-000017")]  // 20 digits grouped: a case number, not an ID
    [InlineData("营业执照注册号 440106000123456")]     // 15 digits: a registration number (no 15-digit IDs are looked for)
    [InlineData("金额 1,380,013,800 元；版本 2026.1201.1380")]
    public void Other_numbers_are_left_alone(string text) => Assert.Equal(text, PersonalData.MaskText(text));

    [Theory]
    [InlineData("139-0013-9000", "139-****-9000")]
    [InlineData("+86 139 0013 9000", "+86 139 **** 9000")]
    [InlineData("02038880000", "020****0000")]
    [InlineData("020-38880000转801", "020-*******0转801")]
    public void A_phone_field_is_masked_by_its_digits_however_it_was_typed(string phone, string masked) =>
        Assert.Equal(masked, PersonalData.MaskPhone(phone));

    [Fact]
    public void An_account_view_masks_the_id_and_phone_by_the_same_rule()
    {
        var account = new Account
        {
            UserName = "440106198511124569", DisplayName = "李四", Kind = AccountKind.Citizen,
            ResidentId = "440106198511124569", Phone = "13912345678", RegionCode = "440106",
        };
        var view = AccountView.Of(account, DateTime.UtcNow);
        Assert.Equal(PersonalData.MaskResidentId(account.ResidentId), view.ResidentId);
        Assert.Equal("440106********4569", view.UserName);
        Assert.Equal("139****5678", view.Phone);
    }
}
