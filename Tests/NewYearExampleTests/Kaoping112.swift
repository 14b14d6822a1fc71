import Foundation
import KaopingOffices111
import PingbiCore

/// A hypothetical 112 edition of the 高屏 program (docs/new-year.md §2): what `swift package
/// new-program --from KaopingOffices111 --name KaopingOffices112 --id kaoping-112` writes, plus
/// the (imagined) 112 document's differences. In a real module this is `Programs.swift` and the
/// list is `public let programs`; it lives under Tests/ so the shipped list holds only real programs.
let kaopingPrograms: [any Program] = [
    Edition(base: kaoping112, id: "kaoping-112", title: "112年度中央健康保險署高屏業務組與高、屏、澎地區公所合作推動健保重點工作評比（假設）"),
]

/// The 111 program with the 112 differences stated, and nothing else.
let kaoping112: Kaoping111 = {
    var program = Kaoping111()
    program.weights["S1"] = Decimal.exact("0.25")  // 肆、三：健保櫃檯承保申辦率〔(1)*25%〕
    program.items.append(MobileService())          // 肆、二(9)：行動服務量
    program.weights["S9"] = Decimal.exact("0.05")  // 肆、三：行動服務量〔(9)*5%〕
    program.lineCap = .three                       // 肆、二(6)：LINE群組活躍度≦3分（line-cap 不再是解讀）
    return program
}()
