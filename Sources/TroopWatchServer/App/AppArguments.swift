import Logging

/// Everything the server needs to start. The executable fills it from flags and environment;
/// tests fill it directly, so both start the same application.
public protocol AppArguments: Sendable {
    var hostname: String { get }
    var port: Int { get }
    /// Folders of article files. Empty means the bundled seed articles.
    var corpusDirectories: [String] { get }
    /// Load the seed articles as well as `corpusDirectories`.
    var includeSeeds: Bool { get }
    /// A lexicon file whose lists extend the bundled one.
    var lexiconFile: String? { get }
    var logLevel: Logger.Level { get }
    /// Where ingested articles and the change journal are kept; nil keeps them in memory only.
    var dataDirectory: String? { get }
    /// The bearer token writes must carry; nil accepts writes only on a loopback address.
    var writeToken: String? { get }
    /// The largest request body accepted by `POST /v1/articles`.
    var maximumBodyBytes: Int { get }
}

extension AppArguments {
    public var dataDirectory: String? { nil }
    public var writeToken: String? { nil }
    public var maximumBodyBytes: Int { 1 << 20 }
}
