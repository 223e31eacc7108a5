/// A set of phrases matched on whole tokens, case-insensitively ("read more" matches "Read More:"
/// but not "already more"). Phrases are indexed by the key of their first token, so a lookup costs
/// one table probe per text token; a match reports which phrase it was, so callers can keep values
/// aligned with the phrase list instead of looking the words up again.
public struct PhraseSet: Sendable {
    struct Candidate: Sendable {
        var keys: [UInt64]
        var phrase: Int
    }

    private var byFirstToken: WordTable<[Candidate]>

    public init(_ phrases: [String]) {
        var grouped: [UInt64: [Candidate]] = [:]
        for (index, phrase) in phrases.enumerated() {
            let keys = Tokenizer.tokenize(phrase).map(\.key)
            guard let first = keys.first else { continue }
            grouped[first, default: []].append(Candidate(keys: keys, phrase: index))
        }
        byFirstToken = WordTable(keyed: grouped.map { ($0.key, $0.value.sorted { $0.keys.count > $1.keys.count }) })
        isEmpty = grouped.isEmpty
    }

    public let isEmpty: Bool

    /// The longest phrase starting at `index`: its length in tokens and its position in the list.
    public func matchPhrase(in tokens: [Token], at index: Int) -> (length: Int, phrase: Int)? {
        // Only the key is read: copying the token would retain its text for every token scanned.
        guard index < tokens.count, let candidates = byFirstToken[key: tokens[index].key] else { return nil }
        for candidate in candidates where index + candidate.keys.count <= tokens.count {
            var matches = true
            for offset in 1..<max(1, candidate.keys.count) where tokens[index + offset].key != candidate.keys[offset] {
                matches = false
                break
            }
            if matches { return (candidate.keys.count, candidate.phrase) }
        }
        return nil
    }

    /// The length in tokens of the longest phrase starting at `index`, if any.
    public func match(in tokens: [Token], at index: Int) -> Int? {
        matchPhrase(in: tokens, at: index)?.length
    }

    /// The first match anywhere in `tokens`: its token range.
    public func firstMatch(in tokens: [Token], from start: Int = 0) -> Range<Int>? {
        var index = start
        while index < tokens.count {
            if let length = match(in: tokens, at: index) { return index..<(index + length) }
            index += 1
        }
        return nil
    }

    public func contains(in tokens: [Token]) -> Bool {
        firstMatch(in: tokens) != nil
    }

    /// Whether the whole token list is one of the phrases, ignoring punctuation around it.
    public func matchesWhole(_ tokens: [Token]) -> Bool {
        // Whole-line phrases are short; a long line cannot be one.
        guard tokens.count <= 16 else { return false }
        let words = tokens.drop { $0.kind == .punctuation }
        let trimmed = Array(words.reversed().drop { $0.kind == .punctuation }.reversed())
        guard !trimmed.isEmpty, let length = match(in: trimmed, at: 0) else { return false }
        return length == trimmed.count
    }
}
