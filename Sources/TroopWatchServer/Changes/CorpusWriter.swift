import Foundation
import HTTPTypes
import Logging
import TroopWatchCore

/// The one writer of the model. Writes are serialised here; each is made durable (article file,
/// then journal) before the next snapshot is published and the request answered, and readers keep
/// reading the previous snapshot meanwhile.
actor CorpusWriter {
    let store: CorpusStore
    let pipeline: ArticlePipeline
    let data: DataDirectory?
    let feed: ChangeFeed
    let logger: Logger
    /// Articles that came in over HTTP (and may be deleted); the rest are read-only corpus files.
    private var ingested: Set<String>
    private var nextSeq: Int

    init(
        store: CorpusStore, pipeline: ArticlePipeline, data: DataDirectory?, feed: ChangeFeed, ingested: Set<String>,
        logger: Logger
    ) {
        self.store = store
        self.pipeline = pipeline
        self.data = data
        self.feed = feed
        self.ingested = ingested
        self.logger = logger
        nextSeq = feed.latest + 1
    }

    enum Outcome: Sendable {
        case created(Article)
        case existing(Article)
    }

    /// Ingested articles are named by their text, so the same text always finds the same article.
    static func id(for text: String) -> String {
        "in-" + FNV1a.base36(text)
    }

    func ingest(text: String, metadata: ArticleMetadata) throws(Problem) -> Outcome {
        let snapshot = store.snapshot
        let id = Self.id(for: text)
        if let existing = snapshot.article(id: id) { return .existing(existing) }
        if let existing = snapshot.articles.first(where: { $0.text == text }) { return .existing(existing) }
        let now = Date()
        let article = pipeline.process(
            id: id, text: text, metadata: metadata, today: ArticlePipeline.day(of: now),
            ingestedAt: now.formatted(.iso8601))
        do {
            try data?.save(id: id, text: text, metadata: metadata)
        } catch {
            logger.error("ingest not stored", metadata: ["id": "\(id)", "error": "\(error.description)"])
            throw Problem.storageFailed(error.description)
        }
        ingested.insert(id)
        publish(snapshot.applying(added: [article], removed: []), after: snapshot)
        return .created(article)
    }

    func delete(id: String) throws(Problem) {
        let snapshot = store.snapshot
        guard snapshot.article(id: id) != nil else { throw Problem.notFound("No article with id '\(id)'.") }
        guard ingested.contains(id) else {
            throw Problem(
                status: .conflict, type: "/problems/read-only", title: "Article is read-only",
                detail: "Article '\(id)' was loaded from a corpus folder; only articles ingested over HTTP can be deleted.")
        }
        do {
            try data?.delete(id: id)
        } catch {
            logger.error("delete not stored", metadata: ["id": "\(id)", "error": "\(error.description)"])
            throw Problem.storageFailed(error.description)
        }
        ingested.remove(id)
        publish(snapshot.applying(added: [], removed: [id]), after: snapshot)
    }

    /// Journals what changed, then lets readers and pollers see it.
    private func publish(_ next: CorpusSnapshot, after previous: CorpusSnapshot) {
        let changes = ModelIds(previous).changes(to: ModelIds(next))
        let records = number(changes)
        do {
            try data?.journal.append(records)
        } catch {
            // The article itself is stored; the next start re-derives the missing records.
            logger.error("change journal not written", metadata: ["error": "\(error.description)"])
        }
        store.publish(next)
        feed.publish(records)
    }

    private func number(_ changes: [(ChangeRecord.Kind, String)]) -> [ChangeRecord] {
        let at = Date().formatted(.iso8601)
        return changes.map { change in
            defer { nextSeq += 1 }
            return ChangeRecord(seq: nextSeq, type: change.0, id: change.1, at: at)
        }
    }
}

extension Problem {
    static func storageFailed(_ detail: String) -> Problem {
        Problem(
            status: .serviceUnavailable, type: "/problems/storage-failed", title: "Article could not be stored",
            detail: "The write was not stored and nothing changed: \(detail)")
    }
}
