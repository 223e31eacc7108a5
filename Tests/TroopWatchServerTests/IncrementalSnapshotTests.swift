import Foundation
import Testing
import TroopWatchCore

@testable import TroopWatchServer

/// A write rebuilds only the subjects it touches; the result must equal building from scratch.
@Suite struct IncrementalSnapshotTests {
    static func articles(_ count: Int) throws -> [Article] {
        var corpus = SyntheticCorpus(seed: 11)
        let pipeline = ArticlePipeline(lexicon: try LexiconLoader.load(extension: nil))
        let today = try #require(CalendarDate(iso: "2025-01-01"))
        return corpus.documents(count: count).map { document in
            pipeline.process(id: document.id, text: document.text, metadata: ArticleMetadata(), today: today, ingestedAt: "")
        }
    }

    static func summary(_ snapshot: CorpusSnapshot) throws -> [String] {
        let day = try #require(CalendarDate(iso: "2023-10-20"))
        let estimates = snapshot.index.subjects.map { subject in
            let estimate = snapshot.index.estimate(subject: subject, on: day, options: .standard)
            return "\(subject.actor ?? "")/\(subject.location ?? "")/\(subject.measure): "
                + estimate.entries.map { "\($0.source)=\($0.claim.id)" }.joined(separator: ",")
        }
        return snapshot.articles.map(\.id) + snapshot.claims.map(\.claim.id) + snapshot.discrepancies.map(\.id)
            + estimates
    }

    @Test func addingAndRemovingArticlesEqualsABuildFromScratch() throws {
        let all = try Self.articles(60)
        let base = CorpusSnapshot(revision: 1, articles: Array(all[0..<40]), skipped: [], epoch: "t")
        #expect(base.discrepancies.count > 0)
        var incremental = base
        for article in all[40..<60] { incremental = incremental.applying(added: [article], removed: []) }
        let removed: Set<String> = [all[3].id, all[17].id, all[45].id]
        incremental = incremental.applying(added: [], removed: removed)
        let scratch = CorpusSnapshot(
            revision: 1, articles: all.filter { !removed.contains($0.id) }, skipped: [], epoch: "t")
        #expect(incremental.revision == 22)
        #expect(try Self.summary(incremental) == Self.summary(scratch))
        #expect(incremental.discrepancies.count == scratch.discrepancies.count)
    }
}
