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

// Parser loops for tuning: "count <n> <file>" (n parses, to time with /usr/bin/time), "profile <file>"
// (8 s of parsing, to run under perf) and "quick" (rough stopwatch timings of lexing and parsing).
if (args is ["count" or "profile" or "quick", ..])
{
    ParserLoops.Run(args);
    return;
}

// dotnet run -c Release --project bench/Hamahang.Bench -- execution [--short]
// runs the execution benchmarks, then graphql-js on the same schema and operations, and prints the ratio.
if (args is ["execution", ..])
{
    Hamahang.Bench.Execution.ExecutionComparison.Run(args[1..]);
    return;
}

// dotnet run -c Release --project bench/Hamahang.Bench -- graphqlnet [--short]
// checks that both engines write the same JSON, runs the engine against GraphQL.NET 8.8.5 on the four read operations
// of bench/http over the same objects in memory, and prints operations per second, bytes per operation and the ratio.
if (args is ["graphqlnet", ..])
{
    Hamahang.Bench.GraphQLNet.GraphQLNetComparison.Run(args[1..]);
    return;
}

if (args is ["execution-quick", ..])
{
    Hamahang.Bench.Execution.ExecutionQuick.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
