import Synchronization

/// Where readers find the current snapshot. Controllers depend on this protocol, not on how
/// snapshots are built or stored.
protocol SnapshotSource: Sendable {
    var snapshot: CorpusSnapshot { get }
}

/// Holds the current snapshot; swapping it is one pointer-sized store under a lock, so readers
/// never wait on a writer building the next one.
final class CorpusStore: SnapshotSource {
    private let current: Mutex<CorpusSnapshot>

    init(_ snapshot: CorpusSnapshot) {
        current = Mutex(snapshot)
    }

    var snapshot: CorpusSnapshot { current.withLock { $0 } }

    func publish(_ snapshot: CorpusSnapshot) {
        current.withLock { $0 = snapshot }
    }
}
