// swift-tools-version:6.2
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

// Tests reach Hummingbird's types through HummingbirdTesting's re-exports.
let testSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "troopwatch",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "troopwatch", targets: ["troopwatch"]),
        .library(name: "TroopWatchCore", targets: ["TroopWatchCore"]),
        .library(name: "TroopWatchServer", targets: ["TroopWatchServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        .target(
            name: "TroopWatchCore",
            swiftSettings: strictSettings
        ),
        .target(
            name: "TroopWatchServer",
            dependencies: [
                "TroopWatchCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [
                .copy("Resources/openapi.yaml"), .copy("Resources/lexicon.json"), .copy("Resources/gazetteer.json"), .copy("Resources/Seeds"),
                .copy("Resources/dashboard.html"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "troopwatch",
            dependencies: [
                "TroopWatchServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TroopWatchCoreTests",
            dependencies: ["TroopWatchCore"],
            swiftSettings: testSettings
        ),
        .testTarget(
            name: "TroopWatchServerTests",
            dependencies: [
                "TroopWatchServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: testSettings
        ),
    ]
)
