// swift-tools-version:5.9
// The CloudPirates SDK for Swift, as a SwiftPM package of this repository:
//   .package(url: "https://github.com/cloudpirates/cloudpirates-sdk", from: "0.1.0")
//   .product(name: "CloudPirates", package: "cloudpirates-sdk")
//
// The Swift sources live in bindings/swift/Sources/CloudPirates (the uniffi glue included,
// committed and kept current by scripts/check-swift.sh). The native library is the
// prebuilt CloudPiratesFFI.xcframework of the release (iOS devices, iOS simulators, macOS),
// built by scripts/build-xcframework.sh; its URL and checksum below are written by the
// release job (`scripts/build-xcframework.sh --stamp URL CHECKSUM`) before the tag.
//
// For development against a locally built library, use bindings/swift/Package.swift.
import PackageDescription

// Written by scripts/build-xcframework.sh --stamp (do not edit these two lines by hand).
let ffiURL = "https://github.com/cloudpirates/cloudpirates-sdk/releases/download/v0.1.0/CloudPiratesFFI.xcframework.zip" // cloudpirates:ffi-url
let ffiChecksum = "0000000000000000000000000000000000000000000000000000000000000000" // cloudpirates:ffi-checksum

let package = Package(
    name: "CloudPirates",
    platforms: [.iOS(.v15), .macOS(.v12)],
    products: [
        .library(name: "CloudPirates", targets: ["CloudPirates"]),
    ],
    targets: [
        .binaryTarget(name: "CloudPiratesFFI", url: ffiURL, checksum: ffiChecksum),
        .target(
            name: "CloudPirates",
            dependencies: ["CloudPiratesFFI"],
            path: "bindings/swift/Sources/CloudPirates"
        ),
    ]
)
