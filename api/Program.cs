using Hamahang.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddHamahangData();
builder.AddHamahangSecurity();
builder.AddHamahangGraphQL();
builder.AddHamahangWrites();
builder.AddHamahangWeb();
builder.AddHamahangRateLimits();

var app = builder.Build();
if (await app.RunCommandAsync(args))
{
    return;
}

if (!await app.PrepareDatabaseAsync())
{
    Environment.ExitCode = 1;
    return;
}

app.UseHamahangWeb();
app.MapHealth();
app.UseHamahangRateLimits();
app.MapHamahangGraphQL();
await app.RunAsync();

/// <summary>The host's entry point; public so the tests' WebApplicationFactory can start it.</summary>
public partial class Program;
