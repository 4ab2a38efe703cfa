using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage(
    "Naming",
    "CA1716:Identifiers should not match keywords",
    Justification = "The namespace mirrors graphql-js's error/ folder; no Visual Basic consumer is planned.",
    Scope = "namespace",
    Target = "~N:Hamahang.GraphQL.Error")]
