import Foundation
import Logging
import TroopWatchCore

/// Turns loaded files into articles: reads and extracts each once, here, never per request.
/// Articles are independent, so they are processed in parallel chunks, one task per core.
struct CorpusBuilder {
    let pipeline: ArticlePipeline
    let now: Date

    func articles(from files: [CorpusFile]) async -> [Article] {
        let ingestedAt = now.formatted(.iso8601)
        let today = ArticlePipeline.day(of: now)
        let pipeline = self.pipeline
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // Many more chunks than cores, so a core that falls behind (a long article, a busy
        // neighbour) does not leave the others idle at the end.
        let chunkSize = max(1, (files.count + workers * 16 - 1) / (workers * 16))
        let chunks = stride(from: 0, to: files.count, by: chunkSize).map { start in
            Array(files[start..<min(files.count, start + chunkSize)])
        }
        return await withTaskGroup(of: (Int, [Article]).self) { group in
            for (index, chunk) in chunks.enumerated() {
                group.addTask {
                    (index, chunk.map { file in
                        pipeline.process(
                            id: file.id, text: file.text, metadata: file.metadata, today: today,
                            ingestedAt: file.ingestedAt ?? ingestedAt)
                    })
                }
            }
            var results = [[Article]](repeating: [], count: chunks.count)
            for await (index, articles) in group { results[index] = articles }
            return results.flatMap { $0 }
        }
    }
}
