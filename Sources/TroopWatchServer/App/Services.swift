import Logging

/// What the routes share: the snapshot store readers use, the writer, the change feed, who may
/// write, and the metrics.
struct Services: Sendable {
    let store: CorpusStore
    let writer: CorpusWriter
    let feed: ChangeFeed
    let writeGuard: WriteGuard
    let maximumBodyBytes: Int
    let metrics: ServerMetrics

    /// A server over `snapshot` that keeps nothing on disk (tests, the route contract).
    static func inMemory(
        _ snapshot: CorpusSnapshot, pipeline: ArticlePipeline, token: String? = nil, hostname: String = "127.0.0.1",
        maximumBodyBytes: Int = 1 << 20
    ) -> Services {
        let store = CorpusStore(snapshot)
        let feed = ChangeFeed()
        let writer = CorpusWriter(
            store: store, pipeline: pipeline, data: nil, feed: feed, ingested: [], logger: Logger(label: "troopwatch"))
        return Services(
            store: store, writer: writer, feed: feed, writeGuard: WriteGuard(token: token, hostname: hostname),
            maximumBodyBytes: maximumBodyBytes, metrics: ServerMetrics())
    }
}
