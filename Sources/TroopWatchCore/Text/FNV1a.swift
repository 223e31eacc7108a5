/// 64-bit FNV-1a: a fast, stable, non-cryptographic hash for ids, cache keys and tags. Stable
/// across runs and platforms (unlike `Hasher`), so the same text always yields the same id.
public enum FNV1a {
    public static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// The hash in base 36, for short readable ids.
    public static func base36(_ text: String) -> String {
        String(hash(text), radix: 36)
    }
}
