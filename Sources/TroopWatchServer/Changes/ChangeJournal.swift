import Foundation

/// The change feed on disk: one JSON record per line in `changes.jsonl`, appended and flushed
/// before the records are published. Sequence numbers survive restarts because they are read
/// back from here; a line torn by a crash is cut off at start.
struct ChangeJournal: Sendable {
    let path: String

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Every whole record, oldest first. A torn or unreadable tail is cut off (and said so), since
    /// only the last append can have been interrupted.
    func load() throws(Failure) -> (records: [ChangeRecord], cutBytes: Int) {
        guard let data = FileManager.default.contents(atPath: path) else { return ([], 0) }
        var records: [ChangeRecord] = []
        var goodLength = 0
        var lineStart = 0
        let decoder = JSONDecoder()
        let bytes = [UInt8](data)
        while lineStart < bytes.count {
            guard let newline = bytes[lineStart...].firstIndex(of: 10) else { break }
            let line = Data(bytes[lineStart..<newline])
            guard let record = try? decoder.decode(ChangeRecord.self, from: line),
                record.seq == (records.last?.seq ?? 0) + 1
            else { break }
            records.append(record)
            lineStart = newline + 1
            goodLength = lineStart
        }
        if goodLength < bytes.count {
            do {
                try DurableFile.cut(path, to: goodLength)
            } catch {
                throw Failure(description: error.description)
            }
        }
        return (records, bytes.count - goodLength)
    }

    func append(_ records: [ChangeRecord]) throws(Failure) {
        guard !records.isEmpty else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes: [UInt8] = []
        for record in records {
            guard let line = try? encoder.encode(record) else { continue }
            bytes += line
            bytes.append(10)
        }
        do {
            try DurableFile.append(bytes, to: path)
        } catch {
            throw Failure(description: error.description)
        }
    }
}
