#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes that survive a crash or power cut at any instant: a file is written under a temporary
/// name, flushed, renamed over its final name and its folder flushed, so the final name holds
/// either nothing or the whole file. Foundation's atomic writes skip the flushes, hence POSIX.
enum DurableFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The prefix of names being written; a file left with it by a crash is removed at start.
    static let temporaryPrefix = ".tmp-"

    static func store(_ bytes: [UInt8], at path: String) throws(Failure) {
        let (folder, name) = split(path)
        let temporary = folder + "/" + temporaryPrefix + name
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot create \(temporary)") }
        do throws(Failure) {
            try writeAll(bytes, to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else { throw failure("cannot flush \(temporary)") }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let failed = failure("cannot rename \(temporary) to \(path)")
            unlink(temporary)
            throw failed
        }
        try syncFolder(folder)
    }

    /// Appends to a file and flushes it (the change journal). The caller serialises appends.
    static func append(_ bytes: [UInt8], to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot open \(path)") }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: path)
        guard fsync(descriptor) == 0 else { throw failure("cannot flush \(path)") }
    }

    /// Removes a file and flushes its folder, so the removal survives a crash too.
    static func remove(_ path: String) throws(Failure) {
        guard unlink(path) == 0 || errno == ENOENT else { throw failure("cannot remove \(path)") }
        try syncFolder(split(path).folder)
    }

    /// Cuts a file back to `length` bytes (a journal line torn by a crash).
    static func cut(_ path: String, to length: Int) throws(Failure) {
        guard truncate(path, off_t(length)) == 0 else { throw failure("cannot truncate \(path)") }
    }

    static func syncFolder(_ folder: String) throws(Failure) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot open folder \(folder)") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("cannot flush folder \(folder)") }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(descriptor, base + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw failure("cannot write \(path)")
            }
            written += result
        }
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    private static func failure(_ what: String) -> Failure {
        Failure(description: "\(what): \(String(cString: strerror(errno)))")
    }
}
