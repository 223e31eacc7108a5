import Foundation
import HTTPTypes
import Logging
import NIOPosix
import Synchronization
import TroopWatchCore

/// The one writer of the model. A write — reading the article, storing it (fsync), building the
/// next snapshot, journalling the changes — runs on NIO's blocking-I/O threads under one lock, so
/// writes are serialised and never occupy the threads that answer reads, which keep reading the
/// previous snapshot until the next is published.
final class CorpusWriter: Sendable {
    let store: CorpusStore
    let pipeline: ArticlePipeline
    let data: DataDirectory?
    let feed: ChangeFeed
    let logger: Logger

    private struct State {
        /// Articles that came in over HTTP (and may be deleted); the rest are read-only corpus files.
        var ingested: Set<String>
        var nextSeq: Int
    }

    private let state: Mutex<State>

    init(
        store: CorpusStore, pipeline: ArticlePipeline, data: DataDirectory?, feed: ChangeFeed, ingested: Set<String>,
        logger: Logger
    ) {
        self.store = store
        self.pipeline = pipeline
        self.data = data
        self.feed = feed
        self.logger = logger
        state = Mutex(State(ingested: ingested, nextSeq: feed.latest + 1))
    }

    enum Outcome: Sendable {
        case created(Article)
        case existing(Article)
    }

    /// Ingested articles are named by their text, so the same text always finds the same article.
    static func id(for text: String) -> String {
        "in-" + FNV1a.base36(text)
    }

    func ingest(text: String, metadata: ArticleMetadata) async throws(Problem) -> Outcome {
        try await onWriterThread { state throws(Problem) in try self.ingest(text: text, metadata: metadata, state: &state) }
    }

    func delete(id: String) async throws(Problem) {
        try await onWriterThread { state throws(Problem) in try self.delete(id: id, state: &state) }
    }

    private func ingest(text: String, metadata: ArticleMetadata, state: inout State) throws(Problem) -> Outcome {
        let snapshot = store.snapshot
        let id = Self.id(for: text)
        if let existing = snapshot.article(id: id) { return .existing(existing) }
        if let existing = snapshot.articles.first(where: { $0.text == text }) { return .existing(existing) }
        let now = Date()
        let ingestedAt = now.formatted(.iso8601)
        let article = pipeline.process(
            id: id, text: text, metadata: metadata, today: ArticlePipeline.day(of: now), ingestedAt: ingestedAt)
        do {
            try data?.save(id: id, text: text, metadata: metadata, ingestedAt: ingestedAt)
        } catch {
            logger.error("ingest not stored", metadata: ["id": "\(id)", "error": "\(error.description)"])
            throw Problem.storageFailed(error.description)
        }
        state.ingested.insert(id)
        publish(snapshot.applying(added: [article], removed: []), after: snapshot, changed: [article], state: &state)
        return .created(article)
    }

    private func delete(id: String, state: inout State) throws(Problem) {
        let snapshot = store.snapshot
        guard let article = snapshot.article(id: id) else { throw Problem.notFound("No article with id '\(id)'.") }
        guard state.ingested.contains(id) else {
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
        state.ingested.remove(id)
        publish(snapshot.applying(added: [], removed: [id]), after: snapshot, changed: [article], state: &state)
    }

    /// Journals what changed, then lets readers and pollers see it.
    private func publish(_ next: CorpusSnapshot, after previous: CorpusSnapshot, changed: [Article], state: inout State) {
        let changes = ModelIds(previous, around: changed).changes(to: ModelIds(next, around: changed))
        let records = ChangeRecord.numbered(changes, from: state.nextSeq)
        state.nextSeq += records.count
        do {
            try data?.journal.append(records)
        } catch {
            // The article itself is stored; the next start re-derives the missing records.
            logger.error("change journal not written", metadata: ["error": "\(error.description)"])
        }
        store.publish(next)
        feed.publish(records)
    }

    /// Runs a write on NIO's blocking pool, holding the writer lock: fsync blocks its thread for
    /// milliseconds and a snapshot rebuild is CPU work, neither belongs on the request threads.
    private func onWriterThread<Result: Sendable>(
        _ work: @escaping @Sendable (inout State) throws(Problem) -> Result
    ) async throws(Problem) -> Result {
        do {
            return try await NIOThreadPool.singleton.runIfActive {
                try self.state.withLock { state in try work(&state) }
            }
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem.storageFailed("the server is shutting down")
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
