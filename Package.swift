// swift-tools-version: 6.1
import PackageDescription

/// The program modules under `Programs/`: the one place a program module is named.
/// `swift package new-program` appends to this list.
let programs = ["KaopingOffices111", "NationalPension112", "IndigenousCollection112"]

/// Program modules that build on other program modules (a later edition on an earlier one,
/// a module reusing another's tables), by module name.
let programDependencies: [String: [String]] = ["IndigenousCollection112": ["NationalPension112"]]

let package = Package(
    name: "Pingbi",
    products: [
        .executable(name: "pingbi", targets: ["pingbi"]),
        .library(name: "PingbiCore", targets: ["PingbiCore"]),
    ],
    targets: [
        // The system zlib: inflate, deflate and CRC-32 for .xlsx workbooks.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        // SHA-256 on the processor's SHA instructions, where it has them.
        .target(name: "CSHA256"),
        .target(name: "PingbiCore", dependencies: ["CZlib", "CSHA256"]),
        .target(name: "PingbiReports", dependencies: ["PingbiCore", "CZlib"]),
        // The C library's allocator settings (mallopt).
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .target(name: "PingbiCommandLine", dependencies: ["PingbiCore", "PingbiReports", "CMalloc"]),
        .executableTarget(name: "RegistryGenerator", dependencies: ["PingbiCore"]),
        .plugin(name: "RegisterPrograms", capability: .buildTool(), dependencies: ["RegistryGenerator"]),
        .target(name: "ProgramScaffolding"),
        .executableTarget(name: "ProgramScaffolder", dependencies: ["ProgramScaffolding"]),
        .plugin(
            name: "NewProgram",
            capability: .command(
                intent: .custom(
                    verb: "new-program",
                    description: "Scaffold a program module: next year's from an earlier one (--from MODULE --name MODULE --id ID), or a brand-new one (--name MODULE --id ID --title TITLE)"),
                permissions: [
                    .writeToPackageDirectory(
                        reason: "Creates Programs/<name>/ and Tests/<name>Tests/ and adds <name> to Package.swift's programs list")
                ]),
            dependencies: ["ProgramScaffolder"]),
        .target(
            name: "ProgramCatalog",
            dependencies: ["PingbiCore"] + programs.map { .target(name: $0) },
            plugins: ["RegisterPrograms"]
        ),
        .executableTarget(name: "pingbi", dependencies: ["PingbiCommandLine", "ProgramCatalog"]),
        .executableTarget(
            name: "pingbi-bench", dependencies: ["PingbiCore", "PingbiReports", "PingbiCommandLine", "ProgramCatalog", "KaopingOffices111"],
            path: "Sources/PingbiBenchmark"),
        // What every test target shares: the example runner, temporary folders, golden diffs.
        .target(name: "PingbiTesting", dependencies: ["PingbiCore"]),
        .testTarget(name: "PingbiCoreTests", dependencies: ["PingbiCore", "PingbiTesting"]),
        .testTarget(
            name: "PingbiTests",
            dependencies: ["PingbiCore", "PingbiReports", "PingbiCommandLine", "ProgramCatalog", "ProgramScaffolding", "PingbiTesting"]),
        .testTarget(name: "ProgramScaffoldingTests", dependencies: ["ProgramScaffolding"]),
        // The worked example of docs/new-year.md: a hypothetical edition, built only for tests.
        .testTarget(
            name: "NewYearExampleTests", dependencies: ["PingbiCore", "PingbiReports", "NationalPension112", "KaopingOffices111", "PingbiTesting"]),
        // The worked example of a brand-new program (docs/new-year.md): the core only, never registered.
        .testTarget(name: "NewProgramExampleTests", dependencies: ["PingbiCore", "PingbiTesting"], resources: [.copy("Sample")]),
    ]
    + programs.map { name in
        .target(
            name: name, dependencies: ["PingbiCore"] + (programDependencies[name] ?? []).map { .target(name: $0) },
            path: "Programs/\(name)", resources: [.copy("Sample")])
    }
    + programs.map { name in
        .testTarget(name: "\(name)Tests", dependencies: ["PingbiCore", "PingbiTesting", .target(name: name)])
    }
)
