namespace OneStop.Hotline.Emergencies;

/// <summary>The emergency lines 12345 hands a call to (12345 takes non-emergency matters only, 国办发〔2020〕53号).</summary>
public enum EmergencyService
{
    /// <summary>110 公安: crime and violence happening now.</summary>
    Police,
    /// <summary>119 消防: fire, gas leak, explosion, people trapped.</summary>
    Fire,
    /// <summary>120 急救: a medical emergency.</summary>
    Ambulance,
    /// <summary>122 交警: a traffic accident.</summary>
    TrafficPolice,
}

public static class EmergencyServices
{
    public static string Number(this EmergencyService service) => service switch
    {
        EmergencyService.Police => "110",
        EmergencyService.Fire => "119",
        EmergencyService.Ambulance => "120",
        _ => "122",
    };

    /// <summary>"119 消防": how the console and the ticket name the service.</summary>
    public static string Chinese(this EmergencyService service) => service switch
    {
        EmergencyService.Police => "110 公安",
        EmergencyService.Fire => "119 消防",
        EmergencyService.Ambulance => "120 急救",
        _ => "122 交警",
    };
}

/// <summary>
/// What <see cref="EmergencyDetector"/> found: the service to hand the call to, the phrases that decided it, and
/// other services the same text also calls for (a crash with injured people: 122, and 120 as well).
/// </summary>
public sealed record EmergencyReferral(EmergencyService Service, IReadOnlyList<string> Phrases, IReadOnlyList<EmergencyService> AlsoNotify)
{
    public string Number => Service.Number();
    public string ServiceName => Service.Chinese();
}
