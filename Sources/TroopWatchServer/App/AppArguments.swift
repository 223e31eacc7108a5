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
}
