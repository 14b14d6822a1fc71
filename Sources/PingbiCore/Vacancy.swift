/// A place an award leaves empty (從缺) or does not refill (不遞補): the award, the places, and
/// the sentence the public reads.
public struct Vacancy: Sendable, Equatable {
    /// The award's policy id; nil when read back from a result file, which keeps the sentence only.
    public let policy: String?
    /// The places left empty (`2...2` for 第 2 名從缺, `3...5` for three of five places); nil
    /// when what is not refilled is not a place of a ranking (an exempted area, winners of
    /// another award left out).
    public let places: ClosedRange<Int>?
    /// What the public reads (`A 組（直轄市）第 2 名從缺：前面名次有同分縣市並列。`).
    public let sentence: String

    /// A vacancy.
    public init(_ sentence: String, policy: String? = nil, places: ClosedRange<Int>? = nil) {
        self.policy = policy
        self.places = places
        self.sentence = sentence
    }
}
