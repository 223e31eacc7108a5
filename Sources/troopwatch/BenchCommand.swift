import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import TroopWatchCore
import TroopWatchServer

/// `troopwatch bench`: extraction throughput and corpus load time on generated articles.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure extraction speed (MB/s, one core) and the time to load a generated corpus. Build with -c release."
    )

    @Option(help: "Articles to generate for the extraction measurement.")
    var articles = 5_000

    @Option(help: "Articles to load for the load-time measurement.")
    var load = 10_000

    @Option(help: "Timed extraction passes over the generated articles, after one untimed warm-up pass; the median is reported.")
    var passes = 3

    @Option(help: "Random seed of the generated corpus.")
    var seed: UInt64 = 7

    func run() async throws {
        let lexicon = try LexiconLoader.load(extension: nil)
        let pipeline = ArticlePipeline(lexicon: lexicon)
        var generator = SyntheticCorpus(seed: seed)
        let documents = generator.documents(count: articles)
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let today = CalendarDate(year: 2026, month: 1, day: 1) ?? CalendarDate(daysSinceEpoch: 20_454)

        // Extraction alone, one core: read + extract every article once per pass. The first pass
        // warms caches and lazily built tables and is not timed; the median of the rest is reported.
        let clock = ContinuousClock()
        var claims = 0
        var timings: [Double] = []
        for pass in 0...max(1, passes) {
            claims = 0
            let elapsed = clock.measure {
                for document in documents {
                    claims += pipeline.process(
                        id: document.id, text: document.text, metadata: ArticleMetadata(), today: today, ingestedAt: ""
                    ).claims.count
                }
            }
            if pass > 0 { timings.append(Self.seconds(elapsed)) }
        }
        timings.sort()
        let seconds = timings[timings.count / 2]
        let rates = timings.map { String(format: "%.1f", Double(bytes) / 1e6 / $0) }.joined(separator: ", ")
        print(String(format: "extraction: %d articles, %.2f MB, %d claims in %.3f s = %.1f MB/s (%.0f articles/s, one core; median of %d passes, sorted: ",
            documents.count, Double(bytes) / 1e6, claims, seconds, Double(bytes) / 1e6 / seconds,
            Double(documents.count) / seconds, timings.count) + rates + " MB/s)")

        // Load: write the corpus to files, then start-up work: read files, extract, build the snapshot.
        var loadGenerator = SyntheticCorpus(seed: seed &+ 1)
        let loadDocuments = loadGenerator.documents(count: load)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("troopwatch-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for document in loadDocuments {
            try Data(document.text.utf8).write(to: folder.appendingPathComponent(document.id + ".txt"))
        }
        // Flush the new files so their write-back does not run during the measurement.
        sync()
        let loaded = try await CorpusLoadBenchmark.run(folder: folder, lexicon: lexicon)
        for size in [1_000, 10_000, 100_000] {
            let queries = QueryBenchmark.run(claims: size)
            print(String(format: "queries with %6d claims (index and %d discrepancies built in %.2f s): estimate p50 %.1f µs p99 %.1f µs; discrepancies of a subject p50 %.1f µs p99 %.1f µs",
                queries.claims, queries.discrepancies, queries.buildSeconds, queries.estimateMicroseconds.p50,
                queries.estimateMicroseconds.p99, queries.discrepancyMicroseconds.p50, queries.discrepancyMicroseconds.p99))
        }
        print(String(format: "load: %d articles (%.2f MB), %d claims (%d subjects, %d discrepancies) read from files and extracted in %.3f s (all cores): files %.3f s, extraction %.3f s, snapshot %.3f s",
            loaded.articles, Double(loaded.bytes) / 1e6, loaded.claims, loaded.subjects, loaded.discrepancies, loaded.seconds, loaded.readSeconds,
            loaded.extractSeconds, loaded.snapshotSeconds))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
