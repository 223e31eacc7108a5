import Foundation
import Logging
import TroopWatchCore

/// Turns loaded files into articles: reads and extracts each once, here, never per request.
struct CorpusBuilder {
    let pipeline: ArticlePipeline
    let now: Date

    func articles(from files: [CorpusFile]) -> [Article] {
        let ingestedAt = now.formatted(.iso8601)
        let today = ArticlePipeline.day(of: now)
        return files.map { file in
            pipeline.process(id: file.id, text: file.text, metadata: file.metadata, today: today, ingestedAt: ingestedAt)
        }
    }
}
