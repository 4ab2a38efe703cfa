using Hamahang.Bench.Scale;

// dotnet run -c Release --project bench/Hamahang.Bench.Scale -- generate --meetings 1000000 --out bench/scale/out/1m.db
if (args.Length == 0 || args[0] != "generate")
{
    Console.Error.WriteLine(GenerateOptions.Usage);
    return 2;
}

var options = GenerateOptions.Parse(args[1..]);
await Generator.RunAsync(options, Console.Out);
return 0;
