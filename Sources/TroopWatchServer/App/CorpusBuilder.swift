import Foundation
import Logging
import TroopWatchCore

/// Turns loaded files into the first snapshot: reads each article once, here, never per request.
struct CorpusBuilder {
    let reader: ArticleReader
    let now: Date

    var today: CalendarDate {
        CalendarDate(daysSinceEpoch: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    func articles(from files: [CorpusFile]) -> [Article] {
        let ingestedAt = now.formatted(.iso8601)
        let today = self.today
        return files.map { file in
            Article(
                id: file.id, text: file.text, reading: reader.read(file.text, metadata: file.metadata, now: today),
                ingestedAt: ingestedAt)
        }
    }
}
