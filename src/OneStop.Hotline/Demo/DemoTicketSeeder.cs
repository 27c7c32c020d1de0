using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Departments;

namespace OneStop.Hotline.Demo;

/// <summary>What happens to a demo ticket after it is registered.</summary>
internal enum DemoFate
{
    Waiting, Dispatched, OverdueToSign, ReturnAsked, Handling, OverdueHandling, ExtensionAsked, ExtensionApproved, CoHandled,
    Replied, Satisfied, Unreachable, Reopened, Escalated, SupervisorClosed, AnsweredNow, HandedOver, Absorbed,
}

internal sealed class DemoTicketSeeder(TicketStory story, DateTime now, CancellationToken ct)
{
    private readonly Random _random = new(12345);
    private readonly Dictionary<string, RoutedDepartment> _departments = [];
    private readonly List<(Ticket Ticket, DemoMatter Matter, DemoFate Fate)> _plan = [];
    private TicketActor _agent = null!, _dispatcher = null!, _handler = null!, _supervisor = null!;
    private static readonly string[] Surnames = ["陈", "李", "张", "黄", "王", "刘", "林", "何", "梁", "郭", "罗", "吴", "周", "郑"];
    private static readonly string[] Given = ["先生", "女士", "阿姨", "伯", "小姐"];

    public async Task<bool> LoadAsync(IReadOnlyList<HotlineDemoStaff> staff, IDepartmentDirectory departments)
    {
        if (!TicketsDemoSeed.HasDemoStaff(staff)) return false;
        TicketActor Actor(string user, string role, RoutedDepartment? d = null)
        {
            var s = staff.First(x => x.UserName == user);
            return new TicketActor(s.AccountId, s.Name, role, d?.Id, d?.Name);
        }
        foreach (var (region, name) in new[]
                 {
                     ("440106", DemoMatters.Zjj), ("440106", DemoMatters.Cgj), ("440106", DemoMatters.Scjg), ("440106", DemoMatters.Rsj),
                     ("440106", DemoMatters.Wjj), ("440106", DemoMatters.Mzj), ("440106006", DemoMatters.Spb),
                     ("440104", DemoMatters.YxScjg), ("440100", DemoMatters.GzScjg), ("440100", "广州市政务服务和数据管理局"),
                 })
        {
            if (await departments.FindAsync(region, name, ct) is not { } d) return false;
            _departments[name] = new RoutedDepartment(d.Id, d.Name);
        }
        var centre = _departments["广州市政务服务和数据管理局"];
        _agent = Actor("agent", "话务坐席", centre);
        _dispatcher = Actor("dispatcher", "派单员", centre);
        _supervisor = Actor("supervisor", "电子监察", centre);
        _handler = Actor("handler", "承办人", _departments[DemoMatters.Zjj]);
        return true;
    }

    private TicketActor HandlerOf(RoutedDepartment d) =>
        d.Id == _handler.DepartmentId ? _handler : new TicketActor(null, d.Name.Length > 6 ? d.Name[^6..] + " 承办人" : d.Name, "承办人", d.Id, d.Name);

    public async Task<int> RegisterAllAsync()
    {
        var count = 0;
        for (var i = 0; i < TicketsDemoSeed.Generated; i++)
        {
            var (region, matter) = i % 6 == 5
                ? DemoMatters.Elsewhere[_random.Next(DemoMatters.Elsewhere.Length)]
                : ("440106", DemoMatters.Tianhe[_random.Next(DemoMatters.Tianhe.Length)]);
            // Spread over 27 days, more recently than long ago, at Beijing working hours.
            var age = TimeSpan.FromHours(1 + Math.Pow(_random.NextDouble(), 1.4) * 27 * 24);
            var at = Trim(now - age);
            var fate = FateFor(matter, now - at, i);
            var ticket = await RegisterAsync(matter, region, at, matter.Places[_random.Next(matter.Places.Length)]);
            _plan.Add((ticket, matter, fate));
            count++;
        }
        // Work for the demo handler in each of its queues, whatever the dice said.
        foreach (var (fate, hoursAgo) in new[]
                 {
                     (DemoFate.Dispatched, 2.0), (DemoFate.Dispatched, 5.0), (DemoFate.OverdueToSign, 80.0), (DemoFate.ReturnAsked, 3.0),
                     (DemoFate.ExtensionAsked, 60.0), (DemoFate.Handling, 30.0), (DemoFate.OverdueHandling, 200.0),
                     (DemoFate.CoHandled, 26.0), (DemoFate.Replied, 70.0), (DemoFate.Satisfied, 150.0),
                 })
        {
            var matter = DemoMatters.Tianhe.First(m => m.Department == DemoMatters.Zjj && m.Type != RequestType.Consultation);
            var at = now - TimeSpan.FromHours(hoursAgo);
            _plan.Add((await RegisterAsync(matter, "440106", at, matter.Places[_random.Next(matter.Places.Length)]), matter, fate));
            count++;
        }
        // 并单: one matter, several callers — the water main in 林和西路, the noise in 员村二横路.
        foreach (var (matterIndex, callers, hoursAgo, fate) in new[] { (3, 4, 50.0, DemoFate.Replied), (0, 3, 120.0, DemoFate.Satisfied), (0, 2, 20.0, DemoFate.Handling) })
        {
            var matter = DemoMatters.Tianhe[matterIndex];
            var at = now - TimeSpan.FromHours(hoursAgo);
            var place = matter.Places[0];
            var ticket = await RegisterAsync(matter, "440106", at, place);
            for (var c = 1; c < callers; c++)
            {
                var text = string.Format(matter.Texts[c % matter.Texts.Length], place);
                await story.AttachAsync(ticket, Past(matter, text, "440106", place + $" {c + 3} 号", at.AddMinutes(20 * c)), _agent, ct);
                count++;
            }
            _plan.Add((ticket, matter, fate));
            count++;
        }
        // Two tickets the dispatcher merged into an earlier one of the same matter afterwards.
        for (var k = 0; k < 2; k++)
        {
            var matter = DemoMatters.Tianhe[4];
            var at = now - TimeSpan.FromHours(40 + k);
            _plan.Add((await RegisterAsync(matter, "440106", at, matter.Places[0]), matter, DemoFate.Absorbed));
            count++;
        }
        // 紧急移交: calls that were emergencies.
        foreach (var (text, service, hoursAgo) in new[]
                 {
                     ("天河区棠下村一栋出租屋三楼冒出浓烟，好像着火了，里面可能有人！", EmergencyService.Fire119, 30.0),
                     ("天河路和体育西路路口两辆车相撞，有人受伤躺在地上。", EmergencyService.Traffic122, 75.0),
                     ("我在员村地铁站附近看到有人晕倒，没有意识了。", EmergencyService.Ambulance120, 150.0),
                 })
        {
            var t = await story.RegisterAsync(new PastRequest(RequestType.Help, text, "440106", null, null, now - TimeSpan.FromHours(hoursAgo),
                Name: Caller(), Phone: Phone()), _agent, ct);
            t.HandOver(service, "已转接并告知来电人保持电话畅通", _agent, now - TimeSpan.FromHours(hoursAgo) + TimeSpan.FromMinutes(2));
            count++;
        }
        return count;
    }

    private DemoFate FateFor(DemoMatter m, TimeSpan age, int i)
    {
        if (m.Type is RequestType.Consultation or RequestType.Praise && i % 3 != 0) return DemoFate.AnsweredNow;
        DemoFate[] fates = age.TotalDays switch
        {
            < 1 => [DemoFate.Waiting, DemoFate.Dispatched, DemoFate.Dispatched, DemoFate.ReturnAsked, DemoFate.Handling, DemoFate.Waiting],
            < 5 => [DemoFate.Handling, DemoFate.ExtensionAsked, DemoFate.Replied, DemoFate.Replied, DemoFate.Satisfied, DemoFate.Reopened,
                DemoFate.CoHandled, DemoFate.Satisfied],
            _ => [DemoFate.Satisfied, DemoFate.Satisfied, DemoFate.Satisfied, DemoFate.Unreachable, DemoFate.Escalated,
                DemoFate.SupervisorClosed, DemoFate.Reopened, DemoFate.ExtensionApproved, DemoFate.OverdueHandling, DemoFate.Satisfied],
        };
        return fates[i % fates.Length];
    }

    public async Task WorkAllAsync()
    {
        Ticket? absorbInto = null;
        foreach (var (t, matter, fate) in _plan)
        {
            var age = now - t.CreatedAt;
            DateTime At(double hours, double fraction) => t.CreatedAt + TimeSpan.FromHours(Math.Min(hours, age.TotalHours * fraction));
            var to = _departments[matter.Department];
            var handler = HandlerOf(to);
            try
            {
                absorbInto = await WorkAsync(t, matter, fate, to, handler, At, absorbInto);
            }
            catch (OneStop.Platform.Errors.DomainException)
            {
                // A story the rules refuse (e.g. an anonymous caller cannot be called back) ends where it stands.
            }
        }
    }

    private async Task<Ticket?> WorkAsync(Ticket t, DemoMatter matter, DemoFate fate, RoutedDepartment to, TicketActor handler,
        Func<double, double, DateTime> At, Ticket? absorbInto)
    {
        var age = now - t.CreatedAt;
        {
            switch (fate)
            {
                case DemoFate.Waiting or DemoFate.HandedOver:
                    break;
                case DemoFate.AnsweredNow:
                    t.CloseDirectly(matter.Reply, _agent, At(0.1, 0.05), duringIntake: true);
                    break;
                case DemoFate.Absorbed:
                    if (absorbInto is null)
                    {
                        absorbInto = t;
                        story.Dispatch(t, to, _dispatcher, At(1, 0.05));
                    }
                    else absorbInto.Absorb(t, _dispatcher, At(2, 0.1));
                    break;
                case DemoFate.Dispatched:
                    story.Dispatch(t, to, _dispatcher, At(0.5, 0.2));
                    break;
                case DemoFate.OverdueToSign:
                    story.Dispatch(t, to, _dispatcher, At(0.5, 0.05));
                    break;
                case DemoFate.ReturnAsked:
                    story.Dispatch(t, to, _dispatcher, At(0.5, 0.2));
                    t.RequestReturn("该事项不属于本单位职责，建议派至属地街道办事处", handler, At(1, 0.4));
                    break;
                case DemoFate.CoHandled:
                    // 城管局 leads, 住建局 co-handles (the demo handler's 协办 queue).
                    var main = _departments[DemoMatters.Cgj].Id == to.Id ? _departments[DemoMatters.Scjg] : _departments[DemoMatters.Cgj];
                    story.Dispatch(t, main, _dispatcher, At(0.5, 0.05), _departments[DemoMatters.Zjj]);
                    t.Sign(HandlerOf(main), At(2, 0.1));
                    if (age.TotalHours > 24) t.AddCoHandlerOpinion("经核查，涉及工地的部分由我局督促整改。", _handler, At(20, 0.5));
                    break;
                default:
                    story.Dispatch(t, to, _dispatcher, At(0.5, 0.05));
                    t.Sign(handler, At(t.Id % 7 == 0 ? 30 : 3, 0.1));
                    await WorkSignedAsync(t, matter, fate, handler, At);
                    break;
            }
        }
        return absorbInto;
    }

    private async Task WorkSignedAsync(Ticket t, DemoMatter matter, DemoFate fate, TicketActor handler, Func<double, double, DateTime> at)
    {
        switch (fate)
        {
            case DemoFate.Handling or DemoFate.OverdueHandling:
                return;
            case DemoFate.ExtensionAsked:
                t.RequestExtension(5, "需协调供水企业和物业共同排查，申请延期五个工作日", handler, at(24, 0.5), story.Clock.Settings);
                return;
            case DemoFate.ExtensionApproved:
                t.RequestExtension(5, "需组织专家现场鉴定，申请延期五个工作日", handler, at(24, 0.2), story.Clock.Settings);
                t.ApproveExtension("同意延期", _dispatcher, at(26, 0.25), story.Clock);
                return;
        }
        t.ReplyWith(matter.Reply, [], handler, at(t.Id % 7 == 0 ? 200 : 48, 0.4));
        switch (fate)
        {
            case DemoFate.Replied:
                return;
            case DemoFate.Satisfied:
                await story.CallBackAllAsync(t, CallbackResult.Satisfied, _agent, at(60, 0.5), ct);
                return;
            case DemoFate.Unreachable:
                await story.CallBackAllAsync(t, CallbackResult.Unreachable, _agent, at(60, 0.5), ct);
                return;
        }
        await story.CallBackAllAsync(t, CallbackResult.Unsatisfied, _agent, at(60, 0.5), ct, "诉求人表示问题仍未解决，要求重新处理");
        if (fate == DemoFate.Reopened || t.State != TicketState.Handling) return;
        t.ReplyWith("已再次到现场处理，并与诉求人当面沟通。", [], handler, at(90, 0.65));
        await story.CallBackAllAsync(t, CallbackResult.Unsatisfied, _agent, at(100, 0.7), ct, "诉求人仍不满意");
        if (fate == DemoFate.SupervisorClosed && t.State == TicketState.Escalated)
            t.SupervisorCloseWith("经核查，承办单位已依法依规处理，诉求人的进一步要求超出政策范围，予以结案。", _supervisor, at(120, 0.8));
    }

    private async Task<Ticket> RegisterAsync(DemoMatter matter, string region, DateTime at, string place)
    {
        var text = string.Format(matter.Texts[_random.Next(matter.Texts.Length)], place.Length == 0 ? "" : place);
        var address = place.Length == 0 ? null : $"{place} {_random.Next(1, 400)} 号";
        return await story.RegisterAsync(Past(matter, text, region, address, at), _agent, ct);
    }

    private PastRequest Past(DemoMatter m, string text, string region, string? address, DateTime at)
    {
        var anonymous = _random.Next(10) == 0;
        return new PastRequest(m.Type, text, region, address, m.CategoryCode, at,
            Channel: (IntakeChannel)_random.Next(0, 6) is var c && _random.Next(2) == 0 ? IntakeChannel.Phone : c,
            Name: anonymous ? null : Caller(), Phone: anonymous ? null : Phone(),
            Urgency: m.CategoryCode == "010216" ? Urgency.Urgent : Urgency.Normal, Confidential: m.Type == RequestType.Report);
    }

    private string Caller() => Surnames[_random.Next(Surnames.Length)] + Given[_random.Next(Given.Length)];

    private string Phone() => "13" + _random.Next(5, 10) + _random.Next(10000000, 99999999).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    // Most calls come in between 08:00 and 21:00 Beijing time (a night call stays where moving it would pass now).
    private DateTime Trim(DateTime utc)
    {
        var hour = (utc.Hour + 8) % 24;
        var moved = hour is >= 8 and < 21 ? utc : utc.AddHours(hour < 8 ? 8 - hour : 24 - hour + 8);
        return moved < now.AddMinutes(-30) ? moved : utc;
    }
}
