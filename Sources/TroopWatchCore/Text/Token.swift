/// One word, digit run or punctuation mark of a text, located by Unicode-scalar offsets.
///
/// Offsets are scalars (not `Character`s or UTF-8 bytes) because the API reports evidence spans
/// that way. The surface form is its own `String`, not a `Substring` of the article: almost every
/// token fits Swift's inline small-string form, so copying tokens (which the rules do constantly)
/// touches no shared reference count. `utf8Start`/`utf8End` locate it in the article for quoting.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Letters (and marks), possibly with inner digits: "Russia", "BTGs", "th".
        case word
        /// A run of ASCII digits only; separators such as "," and "." are their own tokens.
        case number
        case punctuation
    }

    public var kind: Kind
    public var text: String
    /// Lower-cased `text` for words; the text itself otherwise. Computed on use: most tokens are
    /// only ever compared by `key`.
    public var folded: String { kind == .word ? Tokenizer.lowercase(text) : text }
    /// `WordKey` of `folded`, for table lookups without string hashing.
    public var key: UInt64
    /// The first Unicode scalar (for punctuation, the whole token).
    public var firstScalar: Unicode.Scalar
    /// Whether the first letter is upper case ("Russia", "BTGs").
    public var isCapitalized: Bool
    public var start: Int
    public var end: Int
    /// UTF-8 byte offsets in the tokenized text's base string (the article).
    public var utf8Start: Int
    public var utf8End: Int
    /// Whether whitespace separates this token from the previous one.
    public var spaceBefore: Bool
    /// Whether a line break separates this token from the previous one.
    public var lineBreakBefore: Bool

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }

    /// Compared as a scalar, not a `Character`: rules ask this of nearly every token, and building a
    /// `Character` means grapheme breaking. Punctuation tokens are always one scalar.
    @inline(__always)
    public func isPunctuation(_ mark: Unicode.Scalar) -> Bool {
        kind == .punctuation && firstScalar == mark
    }

    /// A hyphen, en dash or em dash: what joins ranges ("4,000-6,000", "2022–2023") and ends a
    /// wire dateline ("MINSK, Oct 2 (Reuters) — …").
    public var isDash: Bool { isPunctuation("-") || isPunctuation("–") || isPunctuation("—") }

    /// The numeric value of a digit run (nil for other tokens and for runs too long to be a count).
    public var integerValue: Int? {
        guard kind == .number, text.utf8.count <= 15 else { return nil }
        return Int(text)
    }
}

extension Array where Element == Token {
    /// "'s" or "’s" starting at `index`, its mark tight against the word before: "Russia's".
    func isPossessive(at index: Int) -> Bool {
        guard index + 1 < count, !self[index].spaceBefore,
            self[index].isPunctuation("'") || self[index].isPunctuation("’")
        else { return false }
        return self[index + 1].folded == "s"
    }
}
