import Synchronization

/// The change records in memory, for `/v1/changes` and `/v1/events`. Readers page through them
/// and may wait for the next one; the writer publishes after the journal has them.
final class ChangeFeed: Sendable {
    private struct State {
        var records: [ChangeRecord] = []
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
        var nextWaiter = 0
    }

    private let state: Mutex<State>

    init(records: [ChangeRecord] = []) {
        state = Mutex(State(records: records))
    }

    var latest: Int { state.withLock { $0.records.last?.seq ?? 0 } }

    /// Records with `seq > after`, oldest first, at most `limit`.
    func records(after: Int, limit: Int) -> [ChangeRecord] {
        state.withLock { state in
            let records = state.records
            // seq values are consecutive from the first record's.
            guard let first = records.first?.seq else { return [] }
            let start = max(0, after - first + 1)
            guard start < records.count else { return [] }
            return Array(records[start..<min(records.count, start + limit)])
        }
    }

    func publish(_ new: [ChangeRecord]) {
        guard !new.isEmpty else { return }
        let waiters = state.withLock { state in
            state.records += new
            let waiting = Array(state.waiters.values)
            state.waiters.removeAll()
            return waiting
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns when a record newer than `after` exists, or after `timeout`, or on cancellation.
    func wait(after: Int, timeout: Duration) async {
        guard latest <= after else { return }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.next(after: after) }
            group.addTask { try? await Task.sleep(for: timeout) }
            await group.next()
            group.cancelAll()
        }
    }

    private func next(after: Int) async {
        let ticket = state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state in
                    // Checked under the lock the cancellation handler takes, so no wake-up is lost.
                    if (state.records.last?.seq ?? 0) > after || Task.isCancelled { return true }
                    state.waiters[ticket] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: ticket) }?.resume()
        }
    }
}
