// swift-tools-version: 6.0
// libFuzzer targets over the CableMark library, each a shared library with its
// LLVMFuzzerTestOneInput; Scripts/fuzz builds them with coverage and links each to libFuzzer's
// driver. Kept out of the main package so that its builds never carry the sanitizer flags.
import PackageDescription

let targets = ["FuzzRead", "FuzzRuleSet", "FuzzVerifier"]

let package = Package(
    name: "cablemark-fuzz",
    products: targets.map { .library(name: $0, type: .dynamic, targets: [$0]) },
    dependencies: [.package(name: "cablemark", path: "..")],
    targets: targets.map { .target(name: $0, dependencies: [.product(name: "CableMark", package: "cablemark")]) },
    swiftLanguageModes: [.v6]
)
