/// A lookup table from words to values keyed by `WordKey`, with open addressing and no `Hasher`:
/// the extractor looks words up for nearly every token, and string hashing dominated its profile.
/// Keys are 64-bit FNV-1a hashes of the lower-cased word, computed once per token.
public struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    public private(set) var count = 0

    public init(_ entries: [(String, Value)]) {
        self.init(keyed: entries.map { (WordKey.of($0.0), $0.1) })
    }

    /// Entries already keyed (by `WordKey` or `Token.key`).
    public init(keyed entries: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in entries { insert(key, value) }
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }

    public init(_ dictionary: [String: Value]) {
        self.init(dictionary.map { ($0.key, $0.value) })
    }

    private mutating func insert(_ key: UInt64, _ value: Value) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    @inline(__always)
    public subscript(key key: UInt64) -> Value? {
        guard key != 0 else { return nil }
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    public subscript(_ token: Token) -> Value? { self[key: token.key] }

    public subscript(_ word: String) -> Value? { self[key: WordKey.of(word)] }

    @inline(__always)
    public func contains(_ token: Token) -> Bool { self[key: token.key] != nil }

    /// Whether any token is in the table, reading only keys (no token copies).
    public func containsAny(of tokens: [Token]) -> Bool {
        for index in tokens.indices where self[key: tokens[index].key] != nil { return true }
        return false
    }

    public func contains(_ word: String) -> Bool { self[key: WordKey.of(word)] != nil }
}

/// A set of words, matched on the token's key.
public typealias WordSet = WordTable<Bool>

extension WordTable where Value == Bool {
    public init(_ words: [String]) {
        self.init(words.map { ($0, true) })
    }

    public init(_ words: Set<String>) {
        self.init(Array(words))
    }
}

/// The key of a word: FNV-1a of its lower-cased UTF-8, never 0 (0 marks an empty slot).
public enum WordKey {
    @inline(__always)
    public static func of(lowercased word: Substring.UTF8View) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash == 0 ? 1 : hash
    }

    public static func of(_ word: String) -> UInt64 {
        let folded = word.lowercased()
        return of(lowercased: folded[...].utf8)
    }
}

extension WordTable: ExpressibleByArrayLiteral where Value == Bool {
    public init(arrayLiteral elements: String...) {
        self.init(elements.map { ($0, true) })
    }
}
