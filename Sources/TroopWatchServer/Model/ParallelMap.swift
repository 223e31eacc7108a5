import Dispatch
import Foundation
import Synchronization

/// Maps `0..<count` on every core, each worker taking the next index as it finishes one, so a few
/// large items (a subject with thousands of claims) do not leave the other cores idle.
enum ParallelMap {
    static func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let workers = min(count, ProcessInfo.processInfo.activeProcessorCount)
        guard workers > 1 else { return (0..<count).map(transform) }
        let next = Atomic<Int>(0)
        let results = Mutex<[Int: Result]>([:])
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var mine: [(Int, Result)] = []
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count else { break }
                mine.append((index, transform(index)))
            }
            results.withLock { all in
                for (index, result) in mine { all[index] = result }
            }
        }
        return results.withLock { all in (0..<count).compactMap { all[$0] } }
    }
}
