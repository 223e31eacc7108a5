import Foundation
import Logging
import TroopWatchCore

/// The start-up path timed on its own: load a folder, read and extract every article, build the
/// snapshot — what `serve` does before it listens.
public enum CorpusLoadBenchmark {
    public struct Result: Sendable {
        public var articles: Int
        public var claims: Int
        public var subjects: Int
        public var discrepancies: Int
        public var bytes: Int
        public var seconds: Double
        /// The parts: reading files, reading and extracting articles, building the snapshot.
        public var readSeconds: Double
        public var extractSeconds: Double
        public var snapshotSeconds: Double
    }

    public static func run(folder: URL, lexicon: Lexicon) async throws -> Result {
        var logger = Logger(label: "troopwatch-bench")
        logger.logLevel = .error
        let clock = ContinuousClock()
        let started = clock.now
        let loaded = await CorpusLoader(logger: logger).load(directories: [folder])
        let read = clock.now
        let builder = CorpusBuilder(pipeline: ArticlePipeline(lexicon: lexicon), now: Date())
        let built = await builder.articles(from: loaded.files)
        let extracted = clock.now
        let snapshot: CorpusSnapshot? = CorpusSnapshot(
            revision: 1, articles: built, skipped: loaded.skipped, epoch: "bench")
        let elapsed = clock.now - started
        let articles = snapshot?.articles ?? []
        return Result(
            articles: articles.count, claims: snapshot?.claims.count ?? 0, subjects: snapshot?.index.subjects.count ?? 0,
            discrepancies: snapshot?.discrepancies.count ?? 0,
            bytes: articles.reduce(0) { $0 + $1.text.utf8.count },
            seconds: seconds(elapsed), readSeconds: seconds(read - started), extractSeconds: seconds(extracted - read),
            snapshotSeconds: seconds(clock.now - extracted))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
