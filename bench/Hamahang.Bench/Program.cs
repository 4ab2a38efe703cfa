using BenchmarkDotNet.Running;
using Hamahang.Bench;

// dotnet run -c Release --project bench/Hamahang.Bench -- language
// runs the parser benchmarks, then graphql-js's parse on the same documents, and prints the ratio.
if (args is ["language", ..])
{
    LanguageComparison.Run(args[1..]);
    return;
}

// dotnet run -c Release --project bench/Hamahang.Bench -- validation
// runs the validation benchmarks, then graphql-js's validate on the same documents, and prints the ratio.
if (args is ["validation", ..])
{
    ValidationComparison.Run(args[1..]);
    return;
}

if (args is ["profile", var file])
{
    // A loop to run under a profiler (perf record with DOTNET_PerfMapEnabled=1).
    var text = File.ReadAllText(file);
    var options = new Hamahang.GraphQL.Language.ParserOptions { MaxTokens = int.MaxValue, MaxDocumentSize = int.MaxValue };
    var clock = System.Diagnostics.Stopwatch.StartNew();
    while (clock.ElapsedMilliseconds < 8000)
    {
        Hamahang.GraphQL.Language.Parser.Parse(text, options);
    }

    return;
}

// dotnet run -c Release --project bench/Hamahang.Bench -- execution [--short]
// runs the execution benchmarks, then graphql-js on the same schema and operations, and prints the ratio.
if (args is ["execution", ..])
{
    Hamahang.Bench.Execution.ExecutionComparison.Run(args[1..]);
    return;
}

if (args is ["execution-quick", ..])
{
    Hamahang.Bench.Execution.ExecutionQuick.Run();
    return;
}

if (args is ["quick", ..])
{
    QuickTiming.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
