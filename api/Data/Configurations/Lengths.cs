namespace Hamahang.Api.Data.Configurations;

// Bounded lengths keep indexed text columns indexable on SQL Server (nvarchar(max) is not).
internal static class Lengths
{
    public const int Short = 64;
    public const int Name = 300;
    public const int Text = 2000;
    public const int Url = 1000;
}
