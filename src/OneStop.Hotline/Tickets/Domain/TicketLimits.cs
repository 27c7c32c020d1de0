namespace OneStop.Hotline.Tickets.Domain;

public static class TicketLimits
{
    public const int MaxTextLength = 4000;
    public const int MaxTitleLength = 100;
    public const int MaxNameLength = 50;
    public const int MaxAddressLength = 200;
    public const int MaxOpinionLength = 2000;
    public const int MaxReplyLength = 4000;
    public const int MaxRequestsPerTicket = 500;
}
