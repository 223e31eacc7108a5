/// Keys of single words that rules test for on nearly every token, so the test is one integer
/// comparison rather than building the lower-cased string.
enum Keys {
    static let a = WordKey.of("a")
    static let an = WordKey.of("an")
    static let according = WordKey.of("according")
    static let to = WordKey.of("to")
    static let tens = WordKey.of("tens")
    static let hundreds = WordKey.of("hundreds")
    static let few = WordKey.of("few")
    static let of = WordKey.of("of")
    static let and = WordKey.of("and")
    static let or = WordKey.of("or")
}

extension Token {
    /// Whether the token is the word with this key.
    @inline(__always)
    func isWord(_ key: UInt64) -> Bool { self.key == key }
}
