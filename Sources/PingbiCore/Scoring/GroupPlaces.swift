/// The places of each distinct value of a list, values in order of first appearance: a
/// roster's groups (few, repeated on every unit) gathered without hashing each unit's group.
struct GroupPlaces<Group: Hashable> {
    /// Each distinct value, in order of first appearance.
    private(set) var order: [Group] = []
    /// The places of each value of ``order``, ascending.
    private(set) var members: [[Int]] = []

    /// The places of each value of `values`.
    init(_ values: [Group]) {
        // Each value looked for among the few met before it (no hash) while they are few.
        var numbers: [Group: Int] = [:]
        for index in values.indices {
            let value = values[index]
            if let number = order.count <= 16 ? order.firstIndex(of: value) : numbers[value] {
                members[number].append(index)
            } else {
                numbers[value] = order.count
                order.append(value)
                members.append([index])
            }
        }
    }
}
