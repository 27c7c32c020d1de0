using Microsoft.Extensions.Configuration;
using OneStop.Catalog.Notices;

namespace OneStop.Tests.Catalog.Notices;

public sealed class NoticeHallTests
{
    private static NoticeHalls Halls(params (string Region, string Name, string? Address, string? Hours)[] halls)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < halls.Length; i++)
        {
            settings[$"Notices:Halls:{i}:RegionCode"] = halls[i].Region;
            settings[$"Notices:Halls:{i}:Name"] = halls[i].Name;
            settings[$"Notices:Halls:{i}:Address"] = halls[i].Address;
            settings[$"Notices:Halls:{i}:Hours"] = halls[i].Hours;
        }
        return new NoticeHalls(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }

    [Fact]
    public void A_district_item_finds_its_own_hall_before_the_citys()
    {
        var halls = Halls(("4401", "广州市政务服务中心", "天府路1号", "周一至周五"), ("440106", "天河区政务服务中心", "天河路2号", "周一至周六"));

        Assert.Equal("天河区政务服务中心", halls.For("440106")?.Name);
        Assert.Equal("广州市政务服务中心", halls.For("440104")?.Name); // 越秀区 has no hall of its own: the city's
        Assert.Equal("广州市政务服务中心", halls.For("440100")?.Name);
        Assert.Null(halls.For("440300")); // 深圳: none configured
        Assert.Null(halls.For(null));
    }

    [Fact]
    public void Without_configuration_no_hall_is_invented()
    {
        Assert.Null(Halls().For("440106"));
    }
}
