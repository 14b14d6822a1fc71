/// `text` with one to three random edits, each a character removed or one of `pieces`
/// inserted at a random place: what fuzzing tests feed a checker that must never call damage
/// clean.
public func randomlyDamaged(_ text: [Character], pieces: [String], using generator: inout some RandomNumberGenerator) -> [Character] {
    var text = text
    for _ in 0..<Int.random(in: 1...3, using: &generator) {
        let at = Int.random(in: 0...text.count, using: &generator)
        if Bool.random(using: &generator), at < text.count {
            text.remove(at: at)
        } else {
            text.insert(contentsOf: pieces.randomElement(using: &generator)!, at: at)
        }
    }
    return text
}
