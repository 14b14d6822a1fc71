import Foundation
import PingbiCore
import ProgramCatalog
import Testing

/// A bounded, deterministic fuzz target: thousands of seeded random mutations of the sample
/// files (bit flips, truncation, inserted quotes, commas, CR, LF, NUL, duplicated or dropped
/// lines, huge numbers) through the CSV reader and every program's table loader. Each must end
/// in a result or in a ``DataError`` naming a file of the folder — never in a crash or another error.
@Suite struct FuzzTests {
    /// The ways a file is damaged.
    enum Mutation: CaseIterable {
        case flipBit, truncate, insertSeparator, hugeNumber, duplicateLine, dropLine
    }

    /// Cells that no count, rate or score can hold exactly, or that overflow 64-bit arithmetic.
    static let hugeNumbers = [
        "4611686018427387904", "9223372036854775807", "18446744073709551616", "-9223372036854775808",
        "99999999999999999999999999999999999999999", "100.00000000000000000000000000000000000001", "1e400",
        "170141183460469231731687303715884105727", "1,000,000,000,000,000,000,000",
    ]

    /// Bytes inserted at random places.
    static let separators: [[UInt8]] = [[0x22], [0x2C], [0x0D], [0x0A], [0x00], [0x22, 0x22], [0x0D, 0x0A], [0xEF, 0xBB, 0xBF], [0xA4]]

    /// `bytes` with one to three random mutations among `allowed`.
    static func mutate(_ bytes: [UInt8], allowed: [Mutation], using generator: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...3, using: &generator) where !bytes.isEmpty {
            let position = Int.random(in: 0..<bytes.count, using: &generator)
            switch allowed.randomElement(using: &generator)! {
            case .flipBit: bytes[position] ^= 1 << UInt8.random(in: 0..<8, using: &generator)
            case .truncate: bytes.removeSubrange(position...)
            case .insertSeparator: bytes.insert(contentsOf: separators.randomElement(using: &generator)!, at: position)
            case .hugeNumber, .duplicateLine, .dropLine:
                var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                let line = Int.random(in: 0..<lines.count, using: &generator)
                switch Self.lineMutation(allowed: allowed, using: &generator) {
                case .dropLine where lines.count > 1: lines.remove(at: line)
                case .duplicateLine: lines.insert(lines[line], at: Int.random(in: 0...lines.count, using: &generator))
                default:
                    var fields = lines[line].split(separator: 0x2C, omittingEmptySubsequences: false).map(Array.init)
                    fields[Int.random(in: 0..<fields.count, using: &generator)] = Array(hugeNumbers.randomElement(using: &generator)!.utf8)
                    lines[line] = Array(fields.joined(separator: [0x2C]))
                }
                bytes = Array(lines.joined(separator: [0x0A]))
            }
        }
        return bytes
    }

    /// One of the line mutations among `allowed`.
    static func lineMutation(allowed: [Mutation], using generator: inout SplitMix64) -> Mutation {
        let lineMutations = allowed.filter { [.hugeNumber, .duplicateLine, .dropLine].contains($0) }
        return lineMutations.randomElement(using: &generator)!
    }

    /// The sample CSV files of every registered program (each file once), as bytes.
    static func sampleFiles() throws -> [(name: String, bytes: [UInt8])] {
        var seen = Set<String>()
        var files: [(String, [UInt8])] = []
        for program in Catalog.programs {
            for name in try FileManager.default.contentsOfDirectory(atPath: program.sampleData.path).sorted() where name.hasSuffix(".csv") {
                let url = program.sampleData.appendingPathComponent(name)
                guard seen.insert(url.path).inserted else { continue }
                files.append((name, [UInt8](try Data(contentsOf: url))))
            }
        }
        return files
    }

    @Test func csvReaderEndsInRecordsOrAnErrorNamingTheFile() throws {
        let files = try Self.sampleFiles()
        var generator = SplitMix64(seed: 0xF022_0001)
        var failures = 0
        for _ in 0..<2500 {
            let file = files.randomElement(using: &generator)!
            let bytes = Self.mutate(file.bytes, allowed: Mutation.allCases, using: &generator)
            do {
                let text = try TextDecoding.decode(bytes, file: file.name).text
                _ = try CSV.parse(text, file: file.name)
            } catch {
                failures += 1
                #expect(error.file == file.name && error.description.contains(file.name), "\(error)")
            }
        }
        #expect(failures > 100, "the mutations reach the error paths")
    }

    /// How many mutated folders each program is run on (kaoping-111's sample is the largest).
    static let rounds = ["kaoping-111": 80]

    @Test(arguments: Catalog.programs.map(\.id))
    func tableLoaderEndsInAResultOrAnErrorNamingAFile(_ id: String) throws {
        let program = try #require(Catalog.program(id))
        let base = try SampleCopy(program)
        let folder = try base.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = base.files.map(\.name).filter { name in program.inputs.contains { $0.fileName == name } || id == "indigenous-112" }
        let originals = try names.map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
        var generator = SplitMix64(seed: 0xF022_0002 &+ UInt64(id.utf8.count))
        var outcomes = (results: 0, errors: 0)
        for _ in 0..<(Self.rounds[id] ?? 200) {
            let index = Int.random(in: 0..<names.count, using: &generator)
            let url = folder.appendingPathComponent(names[index])
            let mutated = Self.mutate(originals[index], allowed: Mutation.allCases, using: &generator)
            try Data(mutated).write(to: url)
            defer { try? Data(originals[index]).write(to: url) }
            do {
                _ = try program.evaluate(EvaluationContext(data: DataSource(path: folder.path)))
                outcomes.results += 1
            } catch let error as DataError {
                outcomes.errors += 1
                #expect(names.contains { error.description.contains($0) }, "\(id): \(error)")
            } catch {
                Issue.record("\(id): not a DataError: \(error)")
            }
        }
        #expect(outcomes.errors > 0)
    }
}
