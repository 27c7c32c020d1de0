using OneStop.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddOneStop();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseOneStop();
app.Run();

public partial class Program;
