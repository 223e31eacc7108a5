import TroopWatchCore

/// The whole in-memory model at one revision. Immutable: readers take the current snapshot and
/// keep using it however long their request runs; a writer builds the next one and swaps it in.
struct CorpusSnapshot: Sendable {
    let revision: Int
    /// Names this snapshot in entity tags: the revision qualified by when the process started, so
    /// a tag from before a restart (when revision 1 may hold other files) never matches.
    let version: String
    /// Newest first; see `ArticleOrder`.
    let articles: [Article]
    let positions: [String: Int]
    /// Every claim of every article, in `ClaimOrder`.
    let claims: [ListedClaim]
    let claimPositions: [String: Int]
    let skipped: [SkippedFile]
    let responses: ResponseCache
    /// Estimates and discrepancies by subject.
    let analysis: SubjectAnalysis

    var index: EstimateIndex { analysis.index }
    var discrepancies: [Discrepancy] { analysis.discrepancies }
    var discrepancyPositions: [String: Int] { analysis.discrepancyPositions }
    var discrepanciesBySubject: [SubjectKey: [Discrepancy]] { analysis.discrepanciesBySubject }
    var subjectsByCodes: [String: [SubjectKey]] { analysis.subjectsByCodes }

    private let epoch: String

    init(revision: Int, articles: [Article], skipped: [SkippedFile], epoch: String) {
        self.init(
            revision: revision, sortedArticles: articles.sorted { ArticleOrder.key($0) < ArticleOrder.key($1) },
            skipped: skipped, epoch: epoch, analysis: nil)
    }

    /// `analysis` is given when the caller already has it for exactly these articles' claims.
    private init(
        revision: Int, sortedArticles sorted: [Article], skipped: [SkippedFile], epoch: String, analysis: SubjectAnalysis?
    ) {
        self.revision = revision
        self.epoch = epoch
        self.version = "\(epoch).\(revision)"
        self.articles = sorted
        var positions: [String: Int] = [:]
        positions.reserveCapacity(sorted.count)
        for (index, article) in sorted.enumerated() { positions[article.id] = index }
        self.positions = positions
        // Claims are ordered by article, then in text order: each article's own claims sorted and
        // appended in article order give the whole list without a global sort.
        var claims: [ListedClaim] = []
        for article in sorted {
            let articleKey = ArticleOrder.key(article)
            let listed = article.claims.map { claim in
                ListedClaim(claim: claim, key: ClaimOrder.Key(article: articleKey, start: claim.evidence.start, id: claim.id))
            }
            claims += listed.sorted { $0.key < $1.key }
        }
        self.claims = claims
        var claimPositions: [String: Int] = [:]
        claimPositions.reserveCapacity(claims.count)
        for (index, listed) in claims.enumerated() { claimPositions[listed.claim.id] = index }
        self.claimPositions = claimPositions
        self.skipped = skipped
        self.responses = ResponseCache()
        self.analysis = analysis ?? SubjectAnalysis(claims: Self.indexed(sorted))
    }

    /// The next snapshot after a write: `added` articles in, `removed` ids out. The lists stay
    /// sorted by inserting in place, and only the subjects of the claims involved are analysed
    /// again, so a write costs about what it touches.
    func applying(added: [Article], removed: Set<String>) -> CorpusSnapshot {
        var sorted = articles
        var gone: [Article] = []
        if !removed.isEmpty {
            (sorted, gone) = (articles.filter { !removed.contains($0.id) }, articles.filter { removed.contains($0.id) })
        }
        for article in added {
            let key = ArticleOrder.key(article)
            var low = 0
            var high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if ArticleOrder.key(sorted[middle]) < key { low = middle + 1 } else { high = middle }
            }
            sorted.insert(article, at: low)
        }
        let analysis = analysis.updating(removed: gone, added: Self.indexed(added))
        return CorpusSnapshot(
            revision: revision + 1, sortedArticles: sorted, skipped: skipped, epoch: epoch, analysis: analysis)
    }

    private static func indexed(_ articles: [Article]) -> [IndexedClaim] {
        articles.flatMap { article in
            article.claims.map {
                IndexedClaim(claim: $0, outlet: article.reading.outlet, published: article.reading.published.date)
            }
        }
    }

    func article(id: String) -> Article? {
        positions[id].map { articles[$0] }
    }

    static func codes(actor: String?, location: String?, measure: String) -> String {
        "\(actor ?? "")|\(location ?? "")|\(measure)"
    }

    func claim(id: String) -> Claim? {
        claimPositions[id].map { claims[$0].claim }
    }
}

/// Articles are listed newest first (undated last), ties by id, so pages are stable.
enum ArticleOrder {
    struct Key: CursorKey {
        /// Negated day number, so ascending order is newest first; `Int.max` for undated.
        var negatedDay: Int
        var id: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.negatedDay, lhs.id) < (rhs.negatedDay, rhs.id)
        }

        static var cursorKind: String { "a1" }
        var cursorParts: [String] { [String(negatedDay), id] }

        init(negatedDay: Int, id: String) {
            self.negatedDay = negatedDay
            self.id = id
        }

        init?(cursorParts parts: [Substring]) {
            guard parts.count == 2, let day = Int(parts[0]), !parts[1].isEmpty else { return nil }
            self.init(negatedDay: day, id: String(parts[1]))
        }
    }

    static func key(_ article: Article) -> Key {
        Key(negatedDay: article.reading.published.date.map { -$0.daysSinceEpoch } ?? Int.max, id: article.id)
    }
}

/// Claims are listed in the order of their articles, then in text order.
enum ClaimOrder {
    struct Key: CursorKey {
        var article: ArticleOrder.Key
        var start: Int
        var id: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.article, lhs.start, lhs.id) < (rhs.article, rhs.start, rhs.id)
        }

        static var cursorKind: String { "c1" }
        var cursorParts: [String] { article.cursorParts + [String(start), id] }

        init(article: ArticleOrder.Key, start: Int, id: String) {
            self.article = article
            self.start = start
            self.id = id
        }

        init?(cursorParts parts: [Substring]) {
            guard parts.count == 4, let article = ArticleOrder.Key(cursorParts: Array(parts[0..<2])),
                let start = Int(parts[2]), !parts[3].isEmpty
            else { return nil }
            self.init(article: article, start: start, id: String(parts[3]))
        }
    }
}

/// A claim with the sort key of its article, as the claims list holds it.
struct ListedClaim: Sendable {
    var claim: Claim
    var key: ClaimOrder.Key
}

/// The `q` filter: every term must start a word of the title or text, letters compared without
/// regard to ASCII case ("hajun" finds "Hajun’s", "belarus" finds "Belarusian"). It scans the
/// UTF-8 bytes instead of keeping a word index, which would cost more memory than the text itself;
/// results are memoised per snapshot with the response.
struct WordPrefixSearch {
    let terms: [[UInt8]]

    init(_ query: String) {
        terms = query.replacingPlus().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { Array($0.lowercased().utf8) }
    }

    var isEmpty: Bool { terms.isEmpty }

    func matches(_ article: Article) -> Bool {
        terms.allSatisfy { term in
            Self.contains(term, in: article.reading.title ?? "") || Self.contains(term, in: article.text)
        }
    }

    static func contains(_ term: [UInt8], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard term.count <= bytes.count, let first = term.first else { return false }
            var index = 0
            let last = bytes.count - term.count
            while index <= last {
                if fold(bytes[index]) == first, !Self.precededByWordCharacter(bytes, index) {
                    var offset = 1
                    while offset < term.count, fold(bytes[index + offset]) == term[offset] { offset += 1 }
                    if offset == term.count { return true }
                }
                index += 1
            }
            return false
        }
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    /// Whether the character before `index` is a letter or digit (decoding a multi-byte one).
    static func precededByWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = bytes[index - 1]
        if previous < 0x80 {
            return (previous >= 48 && previous <= 57) || (previous >= 65 && previous <= 90)
                || (previous >= 97 && previous <= 122)
        }
        var lead = index - 1
        while lead > 0, bytes[lead] & 0xC0 == 0x80, index - lead < 4 { lead -= 1 }
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: bytes[lead..<index]).makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}

extension String {
    /// Form-encoded queries write spaces as "+".
    func replacingPlus() -> String {
        String(map { $0 == "+" ? " " : $0 })
    }
}
