/// The values of one reading, as an enum whose raw values are what `--reading NAME=VALUE` takes.
/// The first case is not special: a ``Reading`` names its default.
public protocol ReadingValue: RawRepresentable<String>, CaseIterable, Sendable {
    /// The value in a few Traditional Chinese words, as a published report names it
    /// (`半開區間`, `×100（照文件）`, `公式的 2 分`): no English letters, and different for each
    /// value of the reading. The raw value stays what a command takes; reports show this.
    var label: String { get }
}

/// A named choice where the documents are silent or contradict themselves (SPEC.md lists
/// them), typed by its values: `choices(KaopingReadings.lineCap)` is a `LineCap`, and asking
/// for another type does not compile. Every reading is selectable at run time and recorded
/// in every result.
public struct Reading<Value: ReadingValue>: Sendable {
    /// The reading as programs list it and results record it.
    public let erased: AnyReading
    /// The value used unless the user picks another.
    public let defaultValue: Value

    /// A reading named `name` (on the command line and in results), about `title` (what the
    /// documents leave open, `項目(6)LINE群組活躍度上限`), whose `choices` say what each value
    /// means (`公式的 2 分，或標題的 3 分`), in Traditional Chinese; its values are the cases of `Value`.
    /// `choices` is published (`summary`, in the HTML report's 附錄一 and the XLSX): it names the
    /// values in words like their labels, never by the id `--reading` takes.
    public init(_ name: String, title: String, choices: String, default defaultValue: Value) {
        self.defaultValue = defaultValue
        let cases = [defaultValue] + Value.allCases.filter { $0.rawValue != defaultValue.rawValue }
        self.erased = AnyReading(
            name: name, title: title, choices: choices, defaultValue: defaultValue.rawValue,
            values: cases.map(\.rawValue), labels: cases.map(\.label))
    }

    /// The name used on the command line and in results, e.g. `line-cap`.
    public var name: String { erased.name }
}

/// A reading without its value type: what a program lists, the command line checks and a
/// result records.
public struct AnyReading: Sendable, Hashable {
    /// The name used on the command line and in results, e.g. `line-cap`.
    public let name: String
    /// What the documents leave open, in Traditional Chinese (`項目(6)LINE群組活躍度上限`).
    public let title: String
    /// What each value means, in Traditional Chinese (`公式的 2 分，或標題的 3 分`), naming no
    /// value by its id.
    public let choices: String
    /// The value used unless the user picks another.
    public let defaultValue: String
    /// Every allowed value, the default first.
    public let values: [String]
    /// Each value's label in Traditional Chinese (``ReadingValue/label``), in the order of
    /// ``values``: what a published report shows instead of the value.
    public let labels: [String]

    /// The title and the choices in one line: `項目(6)LINE群組活躍度上限：公式的 2 分，或標題的 3 分`.
    public var summary: String { title + "：" + choices }

    /// The alternatives to the default.
    public var alternatives: [String] { Array(values.dropFirst()) }

    /// The label of `value` (`half-open` → `半開區間`), or `value` itself when it is not one of
    /// ``values``.
    public func label(of value: String) -> String {
        values.firstIndex(of: value).map { labels[$0] } ?? value
    }

    /// `value` as `--reading` takes it, then its label: `include（全部納入並警告）`; `value` alone
    /// when it is not one of ``values``. For a reader who types the value (``summary`` names none).
    public func valueAndLabel(_ value: String) -> String {
        values.firstIndex(of: value).map { "\(value)（\(labels[$0])）" } ?? value
    }

    /// Every value by ``valueAndLabel(_:)``, for a reader who types one: `預設 include（全部納入並警告）`,
    /// then `lead` and the alternatives, if any (`；其他：refer（同分者交評審決定）`).
    public func valuesListed(othersAfter lead: String) -> String {
        "預設 " + valueAndLabel(defaultValue) + (alternatives.isEmpty ? "" : lead + alternatives.map(valueAndLabel).joined(separator: "、"))
    }
}

extension CutTies {
    /// `cut-ties`: how every program that awards by quota treats ties at its cut line.
    public static let reading = Reading(
        "cut-ties", title: "名額切線同分", choices: "全部納入並警告，或名額不變、同分者交評審決定",
        default: CutTies.include)
}

/// The readings chosen for a run: the user's choices, the defaults for everything else.
public struct ReadingChoices: Sendable, Equatable {
    /// The values the user chose, by reading name.
    public let chosen: [String: String]

    /// Choices from `NAME=VALUE` pairs already checked against the programs' readings.
    public init(_ chosen: [String: String] = [:]) {
        self.chosen = chosen
    }

    /// The value in force for `reading`.
    public func value(of reading: AnyReading) -> String {
        chosenValue(of: reading) ?? reading.defaultValue
    }

    /// The value the user chose for `reading`, when it is one of its values; nil where the
    /// default is in force.
    @usableFromInline
    func chosenValue(of reading: AnyReading) -> String? {
        // Most runs choose nothing: no name hashed then (items ask once per unit).
        guard !chosen.isEmpty, let value = chosen[reading.name], reading.values.contains(value) else { return nil }
        return value
    }

    /// The value in force for `reading`, of its type. Inlined where it is asked, for that type:
    /// asked once per unit by items, a generic call made its type's metadata each time.
    @inlinable
    public func callAsFunction<V: ReadingValue>(_ reading: Reading<V>) -> V {
        // Every value of the erased reading is a case of V.
        chosenValue(of: reading.erased).flatMap(V.init(rawValue:)) ?? reading.defaultValue
    }

    /// The readings of a program with the value in force for each, in the program's order.
    public func inForce(_ readings: [AnyReading]) -> [ReadingInForce] {
        readings.map { ReadingInForce(reading: $0, value: value(of: $0)) }
    }
}

/// A reading and the value a run used.
public struct ReadingInForce: Sendable, Equatable {
    /// The reading.
    public let reading: AnyReading
    /// The value used.
    public let value: String

    /// The value used by its label, marked as the default or not: `半開區間（預設）`,
    /// `×10（與其他項目相同）（非預設；預設為×100（照文件））`. What a published table shows.
    public var labelled: String {
        reading.label(of: value)
            + (value == reading.defaultValue ? "（預設）" : "（非預設；預設為\(reading.label(of: reading.defaultValue))）")
    }
}
