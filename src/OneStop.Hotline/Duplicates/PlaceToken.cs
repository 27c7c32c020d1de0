namespace OneStop.Hotline.Duplicates;

/// <summary>
/// A place named in a request: a road (天河路, 中山大道 — long, so two matters on one road may be far apart) or a site
/// (魅力之城小区, 员村市场, 龙洞小学, 体育西路地铁站 — small enough that one site is one place). <see cref="Name"/> is the
/// part before the suffix ("华景" of 华景新城), used to meet "体育西路" and "体育西站".
/// </summary>
public readonly record struct PlaceToken(string Text, string Name, bool IsSite);
