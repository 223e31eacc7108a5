import Hummingbird
import Synchronization

/// An encoded response body with the entity tag that names it.
struct CachedRepresentation: Sendable {
    var body: ByteBuffer
    var etag: String
    var contentType: String
}

/// Responses already encoded for one snapshot, keyed by (route, normalised query). A snapshot owns
/// its cache, so a new snapshot starts empty and nothing stale is ever served. Bounded: when full
/// it is cleared rather than tracked entry by entry, which keeps the hot path to one lock and one
/// dictionary probe.
final class ResponseCache: Sendable {
    private let entries = Mutex<[String: CachedRepresentation]>([:])
    private let byteLimit: Int
    private let usedBytes = Mutex<Int>(0)

    init(byteLimit: Int = 64 * 1024 * 1024) {
        self.byteLimit = byteLimit
    }

    func value(for key: String) -> CachedRepresentation? {
        entries.withLock { $0[key] }
    }

    func store(_ representation: CachedRepresentation, for key: String) {
        let size = representation.body.readableBytes + key.utf8.count
        guard size <= byteLimit else { return }
        entries.withLock { entries in
            usedBytes.withLock { used in
                if used + size > byteLimit {
                    entries.removeAll(keepingCapacity: true)
                    used = 0
                }
                entries[key] = representation
                used += size
            }
        }
    }
}
