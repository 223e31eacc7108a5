import Foundation
import Logging
import TroopWatchCore

/// The start-up path timed on its own: load a folder, read and extract every article, build the
/// snapshot — what `serve` does before it listens.
public enum CorpusLoadBenchmark {
    public struct Result: Sendable {
        public var articles: Int
        public var claims: Int
        public var bytes: Int
        public var seconds: Double
    }

    public static func run(folder: URL, lexicon: Lexicon) async throws -> Result {
        var logger = Logger(label: "troopwatch-bench")
        logger.logLevel = .error
        let clock = ContinuousClock()
        let started = clock.now
        let loaded = CorpusLoader(logger: logger).load(directories: [folder])
        let builder = CorpusBuilder(pipeline: ArticlePipeline(lexicon: lexicon), now: Date())
        let snapshot: CorpusSnapshot? = CorpusSnapshot(
            revision: 1, articles: await builder.articles(from: loaded.files), skipped: loaded.skipped, epoch: "bench")
        let elapsed = clock.now - started
        let articles = snapshot?.articles ?? []
        return Result(
            articles: articles.count, claims: snapshot?.claims.count ?? 0,
            bytes: articles.reduce(0) { $0 + $1.text.utf8.count },
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
