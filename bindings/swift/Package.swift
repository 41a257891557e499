// swift-tools-version:5.9
// The CloudPirates SDK for Swift, local development manifest (with the tests): builds against a
// locally built library. Apps depend on the repository's root Package.swift instead (the
// release's prebuilt XCFramework, no unsafeFlags).
//
// Before building, build the native library (the uniffi glue is committed; regenerate it with
// scripts/gen-uniffi.sh swift after changing crates/ffi):
//   cargo build -p cloudpirates-ffi         (debug library, for `swift build` / `swift test` on the host)
//   scripts/build-xcframework.sh bindings/swift   (macOS, for iOS: CloudPiratesFFI.xcframework here)
// When `CloudPiratesFFI.xcframework` exists next to this file it is used; otherwise the
// package links `libcloudpirates_ffi` from the repository's cargo target directory.
import Foundation
import PackageDescription

let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let xcframework = here.appendingPathComponent("CloudPiratesFFI.xcframework")
let useXCFramework = FileManager.default.fileExists(atPath: xcframework.path)
let cargoTarget = ProcessInfo.processInfo.environment["CARGO_TARGET_DIR"]
    ?? here.appendingPathComponent("../../target").standardized.path
let nativeDir = "\(cargoTarget)/debug"

let ffiTarget: Target = useXCFramework
    ? .binaryTarget(name: "CloudPiratesFFI", path: "CloudPiratesFFI.xcframework")
    : .systemLibrary(name: "CloudPiratesFFI", path: "Sources/CloudPiratesFFI")

let package = Package(
    name: "CloudPirates",
    platforms: [.iOS(.v15), .macOS(.v12)],
    products: [
        .library(name: "CloudPirates", targets: ["CloudPirates"]),
    ],
    targets: [
        ffiTarget,
        .target(
            name: "CloudPirates",
            dependencies: ["CloudPiratesFFI"],
            path: "Sources/CloudPirates",
            linkerSettings: useXCFramework ? [] : [.unsafeFlags(["-L", nativeDir, "-Xlinker", "-rpath", "-Xlinker", nativeDir])]
        ),
        .testTarget(
            name: "CloudPiratesTests",
            dependencies: ["CloudPirates"],
            path: "Tests/CloudPiratesTests"
        ),
    ]
)
