// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "cablemark",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cablemark", targets: ["cablemark"]),
        .library(name: "CableMark", targets: ["CableMark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The system zlib, for gzip-compressed inputs (inflated as they are read).
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // The system's libcrypto (OpenSSL 3), for the HMAC-SHA-256 digests in sanitize manifests.
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),
        // Turns Rules/*.xml and *.xsd into Swift string constants, so the default rule sets
        // travel inside the binary.
        .executableTarget(name: "embed-rules"),
        .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["embed-rules"]),
        .target(
            name: "CableMark",
            dependencies: ["CLibXML2", "CZlib", "CCrypto"],
            plugins: ["EmbedRules"]
        ),
        .executableTarget(
            name: "cablemark",
            dependencies: [
                "CableMark",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Counts heap allocations per thread, for the tests that hold reading and checking a
        // cable below an allocation ceiling; linked into the test binary only.
        .target(name: "CAllocationCounter"),
        .testTarget(
            name: "CableMarkTests",
            dependencies: ["CableMark", "CAllocationCounter"],
            // Expected reporter outputs, compared byte for byte, the schemas reports are
            // validated against, and the reviewed sample's verdicts; read at test time via #filePath.
            exclude: ["Reporting/Golden", "Reporting/Schemas", "Accuracy/reviewed-sample.tsv"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
