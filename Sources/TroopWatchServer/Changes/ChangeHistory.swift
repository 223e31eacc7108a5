import Foundation
import Logging

/// Opens the change feed at start: the journal's records, plus records for whatever differs
/// between what they describe and the model just loaded (corpus files added or removed while the
/// server was down, a write whose journal append a crash cut off). A restart on the same files
/// therefore adds nothing, and every `seq` keeps its meaning.
enum ChangeHistory {
    static func open(journal: ChangeJournal?, snapshot: CorpusSnapshot, logger: Logger) throws -> ChangeFeed {
        var records: [ChangeRecord] = []
        if let journal {
            let loaded = try journal.load()
            records = loaded.records
            if loaded.cutBytes > 0 {
                logger.warning("cut a torn record off the change journal", metadata: ["bytes": "\(loaded.cutBytes)"])
            }
        }
        let changes = ModelIds(replaying: records).changes(to: ModelIds(snapshot))
        let new = ChangeRecord.numbered(changes, from: (records.last?.seq ?? 0) + 1)
        try journal?.append(new)
        return ChangeFeed(records: records + new)
    }
}
