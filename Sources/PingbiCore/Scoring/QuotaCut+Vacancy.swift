extension QuotaCut {
    /// The places left empty (從缺), the last ``vacant`` of the quota: 9 of 服務員's 10 places
    /// filled leaves `10...10`, 1 of 督導員's 2 leaves `2...2`; nil when none is empty. What
    /// `Decision.vacant(_:policy:places:)` records.
    public var vacantPlaces: ClosedRange<Int>? {
        vacant > 0 ? places - vacant + 1...places : nil
    }
}
