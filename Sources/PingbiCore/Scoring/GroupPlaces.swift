/// The places of each distinct group key of a roster, keys in order of first appearance: a
/// roster's groups (few, repeated on every unit) gathered without hashing each unit's key.
///
/// Keys are `String`s, not any `Hashable`: the pipeline calls this from code generic over the
/// program, where a generic search among the keys met ran unspecialised (the array's type
/// looked up for every unit).
struct GroupPlaces {
    /// Each distinct key, in order of first appearance.
    private(set) var order: [String] = []
    /// The places of each key of ``order``, ascending.
    private(set) var members: [[Int]] = []

    /// The places of each key of `keys`.
    init(_ keys: [String]) {
        // Each key looked for among the few met before it (no hash) while they are few.
        var numbers: [String: Int] = [:]
        for index in keys.indices {
            let key = keys[index]
            if let number = order.count <= 16 ? order.firstIndex(of: key) : numbers[key] {
                members[number].append(index)
            } else {
                numbers[key] = order.count
                order.append(key)
                members.append([index])
            }
        }
    }
}
