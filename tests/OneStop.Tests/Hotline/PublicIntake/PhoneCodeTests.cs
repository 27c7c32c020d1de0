using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.PublicIntake;

public sealed class PhoneCodesOnSqlite(SqliteFactory f) : PhoneCodeTests(f), IClassFixture<SqliteFactory>;
public sealed class PhoneCodesOnPostgres(PostgresFactory f) : PhoneCodeTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// The one-time code of the public form: sent by SMS, valid five minutes, five attempts, one new code per phone per
/// minute, used once; each refusal a stable code, and no request registered without the right code.
/// </summary>
public abstract class PhoneCodeTests(OneStopFactory factory) : ApiTests(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Asking_for_a_code_sends_six_digits_by_sms_and_answers_with_the_phone_masked()
    {
        var s = new PublicScenario(Factory);
        var phone = PublicScenario.NewPhone();
        var response = await s.RequestCodeAsync(Factory.Anonymous(), phone);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(phone[..3] + "****" + phone[7..], body.GetProperty("phone").GetString());
        Assert.Equal(300, body.GetProperty("expiresInSeconds").GetInt32());
        Assert.DoesNotContain(await s.LastCodeSentAsync(phone), await response.Content.ReadAsStringAsync(Ct)); // the code goes by SMS only
        Assert.Matches(@"^\d{6}$", await s.LastCodeSentAsync(phone));
    }

    [Fact]
    public async Task Asking_again_within_a_minute_is_refused_and_sends_nothing_and_after_it_the_old_code_no_longer_works()
    {
        await using var own = await Factory.WithOwnClockAsync();
        var s = new PublicScenario(own.Factory);
        var client = own.Factory.Anonymous();
        var phone = PublicScenario.NewPhone();
        var first = await s.CodeForAsync(client, phone);

        own.Clock.Advance(TimeSpan.FromSeconds(30));
        var again = await s.RequestCodeAsync(client, phone);
        var problem = await Problem.ReadAsync(again);
        Assert.Equal(HttpStatusCode.TooManyRequests, problem.Status);
        Assert.Equal("hotline.code-too-soon", problem.Code);
        Assert.Equal(1, await s.SmsCountAsync(phone));

        own.Clock.Advance(TimeSpan.FromSeconds(31));
        var second = await s.CodeForAsync(client, phone);
        Assert.Equal(2, await s.SmsCountAsync(phone));
        if (first != second)
        {
            var withOld = await s.SubmitAsync(client, PublicScenario.Body(phone, first));
            Assert.Equal("hotline.code-wrong", (await Problem.ReadAsync(withOld)).Code);
        }
        var withNew = await s.SubmitAsync(client, PublicScenario.Body(phone, second));
        Assert.Equal(HttpStatusCode.Created, withNew.StatusCode);
    }

    [Fact]
    public async Task A_code_older_than_five_minutes_is_refused_as_expired_and_registers_nothing()
    {
        await using var own = await Factory.WithOwnClockAsync();
        var s = new PublicScenario(own.Factory);
        var client = own.Factory.Anonymous();
        var phone = PublicScenario.NewPhone();
        var code = await s.CodeForAsync(client, phone);

        own.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var response = await s.SubmitAsync(client, PublicScenario.Body(phone, code));

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(HttpStatusCode.Conflict, problem.Status);
        Assert.Equal("hotline.code-expired", problem.Code);
        Assert.Empty(await s.RequestsOfAsync(phone));
    }

    [Fact]
    public async Task After_five_wrong_codes_even_the_right_one_is_refused_until_a_new_code_is_asked_for()
    {
        var s = new PublicScenario(Factory);
        var client = Factory.Anonymous();
        var phone = PublicScenario.NewPhone();
        var code = await s.CodeForAsync(client, phone);
        var wrong = code == "000000" ? "000001" : "000000";

        var refusals = new List<string>();
        for (var i = 0; i < 5; i++)
            refusals.Add((await Problem.ReadAsync(await s.SubmitAsync(client, PublicScenario.Body(phone, wrong)))).Code);
        var right = await Problem.ReadAsync(await s.SubmitAsync(client, PublicScenario.Body(phone, code)));

        Assert.Equal(Enumerable.Repeat("hotline.code-wrong", 5), refusals);
        Assert.Equal(HttpStatusCode.Conflict, right.Status);
        Assert.Equal("hotline.code-locked", right.Code);
        Assert.Empty(await s.RequestsOfAsync(phone));
    }

    [Fact]
    public async Task Parallel_guesses_cannot_try_more_than_five_codes()
    {
        var s = new PublicScenario(Factory);
        var phone = PublicScenario.NewPhone();
        var code = await s.CodeForAsync(Factory.Anonymous(), phone);
        var guesses = Enumerable.Range(0, 12).Select(i => (int.Parse(code) + 1 + i) % 1_000_000).Select(g => g.ToString("D6"));

        var answers = await Task.WhenAll(guesses.Select(async g =>
            (await Problem.ReadAsync(await s.SubmitAsync(Factory.Anonymous(), PublicScenario.Body(phone, g)))).Code));

        Assert.Equal(5, answers.Count(a => a == "hotline.code-wrong"));
        Assert.Equal(7, answers.Count(a => a == "hotline.code-locked"));
    }

    [Fact]
    public async Task A_code_admits_one_request_only()
    {
        var s = new PublicScenario(Factory);
        var client = Factory.Anonymous();
        var phone = PublicScenario.NewPhone();
        var code = await s.CodeForAsync(client, phone);

        Assert.Equal(HttpStatusCode.Created, (await s.SubmitAsync(client, PublicScenario.Body(phone, code))).StatusCode);
        var twice = await Problem.ReadAsync(await s.SubmitAsync(client, PublicScenario.Body(phone, code)));

        Assert.Equal("hotline.code-missing", twice.Code);
        Assert.Single(await s.RequestsOfAsync(phone));
    }

    [Fact]
    public async Task A_mistake_in_the_form_does_not_use_up_the_code()
    {
        var s = new PublicScenario(Factory);
        var client = Factory.Anonymous();
        var phone = PublicScenario.NewPhone();
        var code = await s.CodeForAsync(client, phone);

        var noText = await Problem.ReadAsync(await s.SubmitAsync(client, PublicScenario.Body(phone, code, text: "")));
        Assert.Equal(HttpStatusCode.BadRequest, noText.Status);
        Assert.True(noText.HasFieldError("text"));
        Assert.Equal(HttpStatusCode.Created, (await s.SubmitAsync(client, PublicScenario.Body(phone, code))).StatusCode);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("02012345678")] // a fixed line cannot receive an SMS
    [InlineData("1381234567a")]
    [InlineData("23800138000")]
    public async Task A_code_for_what_is_not_a_mobile_number_is_refused_as_invalid_phone(string phone)
    {
        var s = new PublicScenario(Factory);
        var problem = await Problem.ReadAsync(await s.RequestCodeAsync(Factory.Anonymous(), phone));
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("hotline.phone-invalid", problem.Code);
        Assert.True(problem.HasFieldError("phone"));
        Assert.Equal(0, await s.SmsCountAsync(phone));
    }
}
